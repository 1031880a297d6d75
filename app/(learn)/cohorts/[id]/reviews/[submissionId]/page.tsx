import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReviewForm } from "@/components/projects/review-form";
import { SubmissionView } from "@/components/projects/submission-view";
import { Container } from "@/components/ui/container";
import { runAction } from "@/lib/actions/run-action";
import { serverActionScope } from "@/lib/actions/server-action";
import { requireUserOrRedirect } from "@/lib/auth/session";
import { reviewScreenDefinition } from "@/lib/projects/definitions";
import { zoneGenericName } from "@/lib/cohorts/format";
import { deadlineText } from "@/lib/projects/format";
import { submissionCallsDefinition } from "@/lib/review-calls/definitions";
import { sessionDay, sessionTimes } from "@/lib/cohorts/format";

export const metadata: Metadata = { title: "Review a submission", robots: { index: false } };

type Props = { params: Promise<{ id: string; submissionId: string }> };
const ID = /^[A-Za-z0-9_-]{1,64}$/;

export default async function ReviewPage({ params }: Props) {
  const { id, submissionId } = await params;
  if (!ID.test(id) || !ID.test(submissionId)) notFound();
  const user = await requireUserOrRedirect(`/cohorts/${id}/reviews/${submissionId}`);
  const result = await runAction(reviewScreenDefinition, { submissionId }, serverActionScope());
  if (!result.ok || result.data.cohort.id !== id) notFound();
  const { cohort, project, learner, submission, previous } = result.data;
  const zone = user.timeZone;
  const review = submission.review;
  const calls = await runAction(submissionCallsDefinition, { submissionId }, serverActionScope());

  return (
    <Container className="py-10">
      <Link
        href={`/cohorts/${cohort.id}/reviews`}
        className="text-sm font-semibold text-brand-700 hover:underline dark:text-brand-300"
      >
        ← Review queue
      </Link>
      <p className="mt-4 text-sm font-semibold text-brand-700 dark:text-brand-300">{cohort.title}</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight text-slate-900 dark:text-white">
        {project.title}: {learner}
      </h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        Due {deadlineText(project.deadline, zone, user.hour12)} ({zoneGenericName(zone)}) · passing needs{" "}
        {project.passMark} of {project.maxPoints} points
      </p>
      <div className="mt-8 grid gap-10 lg:grid-cols-2">
        <div className="min-w-0 space-y-6">
          <section aria-labelledby="this-submission">
            <h2 id="this-submission" className="mb-3 text-xl font-bold text-slate-900 dark:text-white">
              This submission
            </h2>
            <SubmissionView
              row={submission}
              cohortId={cohort.id}
              rubric={project.rubric}
              zone={zone}
              hour12={user.hour12}
              maxPoints={project.maxPoints}
            />
          </section>
          {calls.ok && calls.data.length > 0 ? (
            <section aria-labelledby="review-calls" data-testid="review-calls">
              <h2 id="review-calls" className="mb-3 text-xl font-bold text-slate-900 dark:text-white">
                Review call
              </h2>
              <ul className="space-y-2 text-slate-700 dark:text-slate-300">
                {calls.data.map((call) => (
                  <li key={call.id}>
                    <time
                      dateTime={call.startsAt.toISOString()}
                      className="font-semibold text-slate-900 dark:text-white"
                    >
                      {sessionDay(call.startsAt, zone)}, {sessionTimes(call.startsAt, call.endsAt, zone, user.hour12)}
                    </time>{" "}
                    ({zoneGenericName(zone)}) with {call.mentorName}
                    {call.joinUrl ? (
                      <>
                        {" · "}
                        <a
                          href={call.joinUrl}
                          className="font-semibold text-brand-700 underline dark:text-brand-300"
                          rel="noopener noreferrer"
                          target="_blank"
                        >
                          Join
                        </a>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {previous.length > 0 ? (
            <section aria-labelledby="previous">
              <h2 id="previous" className="mb-3 text-xl font-bold text-slate-900 dark:text-white">
                Previous versions
              </h2>
              <div className="space-y-4">
                {previous.map((row) => (
                  <SubmissionView
                    key={row.id}
                    row={row}
                    cohortId={cohort.id}
                    rubric={project.rubric}
                    zone={zone}
                    hour12={user.hour12}
                    maxPoints={project.maxPoints}
                    replaced={row.status === "WAITING" && row.attempt < submission.attempt}
                  />
                ))}
              </div>
            </section>
          ) : null}
        </div>
        <section
          aria-labelledby="your-review"
          className="h-fit min-w-0 rounded-2xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900"
        >
          <h2 id="your-review" className="mb-4 text-xl font-bold text-slate-900 dark:text-white">
            {review ? "Edit the review" : "Review with the rubric"}
          </h2>
          <ReviewForm
            submissionId={submission.id}
            rubric={project.rubric}
            passMark={project.passMark}
            existing={
              review
                ? {
                    scores: Array.isArray(review.scores) ? (review.scores as number[]) : [],
                    comment: review.comment,
                    outcome: review.outcome,
                    version: review.version,
                  }
                : null
            }
          />
        </section>
      </div>
    </Container>
  );
}
