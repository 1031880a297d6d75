import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RubricTable } from "@/components/projects/rubric-table";
import { ReviewCallPanel } from "@/components/review-calls/review-call-panel";
import { SubmissionView } from "@/components/projects/submission-view";
import { SubmitProjectForm } from "@/components/projects/submit-form";
import { Badge } from "@/components/ui/badge";
import { Container } from "@/components/ui/container";
import { runAction } from "@/lib/actions/run-action";
import { serverActionScope } from "@/lib/actions/server-action";
import { requireUserOrRedirect } from "@/lib/auth/session";
import { zoneGenericName } from "@/lib/cohorts/format";
import { projectPageDefinition } from "@/lib/projects/definitions";
import { deadlineText, STATE_LABELS, STATE_TONES } from "@/lib/projects/format";
import { maxUploadBytes } from "@/lib/projects/upload";
import { reviewCallPanelDefinition } from "@/lib/review-calls/definitions";

export const metadata: Metadata = { title: "Project", robots: { index: false } };

type Props = {
  params: Promise<{ id: string; projectId: string }>;
  searchParams: Promise<{ mentor?: string | string[] }>;
};
const ID = /^[A-Za-z0-9_-]{1,64}$/;

export default async function ProjectPage({ params, searchParams }: Props) {
  const { id, projectId } = await params;
  const { mentor } = await searchParams;
  if (!ID.test(id) || !ID.test(projectId)) notFound();
  const user = await requireUserOrRedirect(`/cohorts/${id}/projects/${projectId}`);
  const result = await runAction(projectPageDefinition, { cohortId: id, projectId }, serverActionScope());
  if (!result.ok) notFound();
  const { viewer, cohort, project, history } = result.data;
  const zone = user.timeZone;
  const latest = history[0];
  const state = latest?.status ?? "not-submitted";
  const closed = project.latePolicy === "CLOSED" && new Date() > project.deadline;
  const canSubmit = viewer === "member" && state !== "PASSED" && !closed;
  // The call is about the learner's work: it opens once there is a submission (any status).
  const callPanel =
    viewer === "member" && project.reviewCall && latest
      ? await runAction(
          reviewCallPanelDefinition,
          { submissionId: latest.id, ...(typeof mentor === "string" && ID.test(mentor) ? { mentorId: mentor } : {}) },
          serverActionScope(),
        )
      : null;

  return (
    <Container className="py-10">
      <Link
        href={`/cohorts/${cohort.id}`}
        className="text-sm font-semibold text-brand-700 hover:underline dark:text-brand-300"
      >
        ← {cohort.title}
      </Link>
      <p className="mt-4 text-sm font-semibold text-brand-700 dark:text-brand-300">{cohort.course.title}</p>
      <div className="mt-1 flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">{project.title}</h1>
        {viewer === "member" ? <Badge tone={STATE_TONES[state]}>{STATE_LABELS[state]}</Badge> : null}
        {project.required ? <Badge>Required for the certificate</Badge> : null}
      </div>
      <p className="mt-2 text-slate-700 dark:text-slate-300" data-testid="project-deadline">
        Due <time dateTime={project.deadline.toISOString()}>{deadlineText(project.deadline, zone, user.hour12)}</time> (
        {zoneGenericName(zone)})
        {project.latePolicy === "ACCEPT_LATE"
          ? " · late submissions are accepted and marked late"
          : " · closes at the deadline"}
      </p>

      <div className="mt-8 grid gap-10 lg:grid-cols-[minmax(0,1fr)_minmax(0,24rem)]">
        <div className="min-w-0">
          <section aria-labelledby="brief">
            <h2 id="brief" className="text-xl font-bold text-slate-900 dark:text-white">
              Brief
            </h2>
            <div
              className="prose mt-3 max-w-none prose-slate dark:prose-invert"
              dangerouslySetInnerHTML={{ __html: project.briefHtml }}
            />
          </section>
          <section aria-labelledby="rubric" className="mt-10">
            <h2 id="rubric" className="mb-3 text-xl font-bold text-slate-900 dark:text-white">
              Rubric
            </h2>
            <RubricTable rubric={project.rubric} passMark={project.passMark} maxPoints={project.maxPoints} />
          </section>
        </div>
        <div className="min-w-0 space-y-8">
          {viewer === "member" ? (
            <section
              aria-labelledby="submit"
              className="rounded-2xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900"
            >
              <h2 id="submit" className="text-xl font-bold text-slate-900 dark:text-white">
                {latest ? "Your submission" : "Submit your work"}
              </h2>
              {canSubmit ? (
                <div className="mt-4">
                  <SubmitProjectForm
                    cohortId={cohort.id}
                    projectId={project.id}
                    kind={project.submissionKind}
                    maxMegabytes={Math.floor(maxUploadBytes() / 1024 / 1024)}
                    resubmit={Boolean(latest)}
                  />
                </div>
              ) : (
                <p className="mt-2 text-slate-700 dark:text-slate-300">
                  {state === "PASSED"
                    ? "This project has passed."
                    : "The deadline has passed: this project no longer takes submissions."}
                </p>
              )}
            </section>
          ) : (
            <p className="text-slate-700 dark:text-slate-300">
              You run this cohort: submissions are in the{" "}
              <Link
                href={`/cohorts/${cohort.id}/reviews`}
                className="font-semibold text-brand-700 underline dark:text-brand-300"
              >
                review queue
              </Link>
              .
            </p>
          )}
          {callPanel?.ok ? (
            <ReviewCallPanel
              panel={callPanel.data}
              zone={zone}
              hour12={user.hour12 ?? false}
              pagePath={`/cohorts/${cohort.id}/projects/${project.id}`}
            />
          ) : null}
          {history.length > 0 ? (
            <section aria-labelledby="history">
              <h2 id="history" className="text-xl font-bold text-slate-900 dark:text-white">
                History
              </h2>
              <div className="mt-3 space-y-4">
                {history.map((row, index) => (
                  <SubmissionView
                    key={row.id}
                    row={row}
                    cohortId={cohort.id}
                    rubric={project.rubric}
                    zone={zone}
                    hour12={user.hour12}
                    maxPoints={project.maxPoints}
                    replaced={index > 0 && row.status === "WAITING"}
                  />
                ))}
              </div>
            </section>
          ) : null}
        </div>
      </div>
    </Container>
  );
}
