// One submission as its learner and reviewers read it: what was sent, and the review if there is one.
import { Badge } from "@/components/ui/badge";
import { clockTime } from "@/lib/booking/format";
import { sessionDay } from "@/lib/cohorts/format";
import { STATE_LABELS, STATE_TONES } from "@/lib/projects/format";
import type { Rubric } from "@/lib/projects/rubric";

const PROSE = "prose prose-slate max-w-none text-sm dark:prose-invert";

export type SubmissionRow = {
  id: string;
  attempt: number;
  status: "WAITING" | "PASSED" | "CHANGES_REQUESTED";
  late: boolean;
  repositoryUrl: string | null;
  notes: string;
  textAnswer: string | null;
  fileName: string | null;
  fileBytes: number | null;
  createdAt: Date;
  reviewHtml: string;
  review: { outcome: string; scores: unknown; points: number; reviewer: { name: string | null } | null } | null;
};

export function SubmissionView({
  row,
  cohortId,
  rubric,
  zone,
  maxPoints,
  replaced = false,
  hour12 = false,
}: {
  row: SubmissionRow;
  /** An earlier attempt that was never reviewed: a resubmission took its place in the queue. */
  replaced?: boolean;
  cohortId: string;
  rubric: Rubric;
  zone: string;
  /** The viewer's clock (profile settings). */
  hour12?: boolean;
  maxPoints: number;
}) {
  const scores = Array.isArray(row.review?.scores) ? (row.review.scores as number[]) : [];
  return (
    <article
      className="rounded-2xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900"
      data-testid="submission"
    >
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-semibold text-slate-900 dark:text-white">Attempt {row.attempt}</h3>
        {replaced ? (
          <Badge>Replaced by a later attempt</Badge>
        ) : (
          <Badge tone={STATE_TONES[row.status]}>{STATE_LABELS[row.status]}</Badge>
        )}
        {row.late ? <Badge tone="amber">Late</Badge> : null}
        <span className="text-xs text-slate-600 dark:text-slate-400">
          <time dateTime={row.createdAt.toISOString()}>
            {sessionDay(row.createdAt, zone)}, {clockTime(row.createdAt, zone, hour12)}
          </time>
        </span>
      </div>
      <dl className="mt-3 space-y-2 text-sm text-slate-800 dark:text-slate-200">
        {row.repositoryUrl ? (
          <div>
            <dt className="font-medium">Repository</dt>
            <dd className="break-all">
              <a
                href={row.repositoryUrl}
                rel="nofollow noopener noreferrer"
                className="text-brand-700 underline dark:text-brand-300"
              >
                {row.repositoryUrl}
              </a>
            </dd>
          </div>
        ) : null}
        {row.fileName ? (
          <div>
            <dt className="font-medium">File</dt>
            <dd>
              <a
                href={`/cohorts/${cohortId}/submissions/${row.id}/file`}
                className="break-all text-brand-700 underline dark:text-brand-300"
              >
                {row.fileName}
              </a>{" "}
              ({Math.ceil((row.fileBytes ?? 0) / 1024)} KB)
            </dd>
          </div>
        ) : null}
        {row.textAnswer ? (
          <div>
            <dt className="font-medium">Answer</dt>
            <dd
              className="mt-1 max-h-96 overflow-auto rounded-lg bg-slate-50 p-3 whitespace-pre-wrap dark:bg-slate-950"
              tabIndex={0}
            >
              {row.textAnswer}
            </dd>
          </div>
        ) : null}
        {row.notes ? (
          <div>
            <dt className="font-medium">Notes</dt>
            <dd className="whitespace-pre-line">{row.notes}</dd>
          </div>
        ) : null}
      </dl>
      {row.review ? (
        <div className="mt-4 border-t border-slate-200 pt-4 dark:border-slate-800" data-testid="review">
          <p className="text-sm font-semibold text-slate-900 dark:text-white">
            Review by {row.review.reviewer?.name ?? "your mentor"}: {row.review.points} of {maxPoints} points
          </p>
          <ul className="mt-2 space-y-1 text-sm text-slate-700 dark:text-slate-300">
            {rubric.map((criterion, i) => {
              const level = criterion.levels[scores[i] ?? -1];
              return (
                <li key={criterion.title}>
                  {criterion.title}:{" "}
                  <span className="font-medium">{level ? `${level.label} (${level.points})` : "—"}</span>
                </li>
              );
            })}
          </ul>
          {row.reviewHtml ? (
            <div className={`${PROSE} mt-3`} dangerouslySetInnerHTML={{ __html: row.reviewHtml }} />
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
