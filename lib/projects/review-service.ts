// A mentor's review: rubric scores, a Markdown comment and a decision. The review's version is the optimistic
// lock: a save names the version the reviewer's screen showed, and loses (with a clear message, nothing
// written) when another reviewer saved first. The learner's mail goes through the outbox in the same transaction.
import { appUrl } from "../accounts/urls";
import type { CohortUser } from "../cohorts/staff";
import { db } from "../db/client";
import { isUniqueViolation } from "../db/constraint-errors";
import { compose } from "../email/templates";
import { issueCertificateIfDue } from "../learning/certificate-issue";
import { enqueue } from "../outbox/enqueue";
import { emitProjectReviewCompleted } from "../webhooks/domain-events";
import { afterCommit } from "../outbox/kick";
import { staffOfCohortOrThrow } from "./access";
import { NO_SUCH_PROJECT_MESSAGE, ProjectError, REVIEW_CHANGED_MESSAGE } from "./errors";
import { rubricSchema, scoreRubric } from "./rubric";
import type { ReviewInput } from "./schema";

class LostLock extends Error {}

export async function saveReview(user: CohortUser & { name?: string | null }, input: ReviewInput) {
  const submission = await db.projectSubmission.findUnique({
    where: { id: input.submissionId },
    select: {
      id: true,
      cohortId: true,
      attempt: true,
      project: { select: { id: true, courseId: true, title: true, rubric: true, passMark: true } },
      user: { select: { id: true, email: true, name: true } },
    },
  });
  if (!submission) throw new ProjectError(NO_SUCH_PROJECT_MESSAGE);
  await staffOfCohortOrThrow(user, submission.cohortId);
  const rubric = rubricSchema.parse(submission.project.rubric);
  const levels = input.scores.split(",").map(Number);
  const score = scoreRubric(rubric, levels, submission.project.passMark);
  if ("error" in score) throw new ProjectError(score.error, { scores: [score.error] });
  if (input.outcome === "PASSED" && !score.passes)
    throw new ProjectError(
      `These scores add up to ${score.points} points, under the pass mark of ${submission.project.passMark}: request changes, or check the scores.`,
      { outcome: ["The scores are under the pass mark."] },
    );
  const data = {
    outcome: input.outcome,
    scores: levels,
    points: score.points,
    comment: input.comment,
    reviewerId: user.id,
  };

  try {
    const review = await db.$transaction(async (tx) => {
      let saved: { id: string; version: number };
      if (input.baseVersion === 0) {
        saved = await tx.projectReview.create({
          data: { submissionId: submission.id, ...data },
          select: { id: true, version: true },
        });
      } else {
        const updated = await tx.projectReview.updateMany({
          where: { submissionId: submission.id, version: input.baseVersion },
          data: { ...data, version: { increment: 1 } },
        });
        if (updated.count !== 1) throw new LostLock();
        saved = await tx.projectReview.findUniqueOrThrow({
          where: { submissionId: submission.id },
          select: { id: true, version: true },
        });
      }
      await tx.projectSubmission.update({ where: { id: submission.id }, data: { status: input.outcome } });
      const passed = input.outcome === "PASSED";
      // The last required project passing may complete the course (lessons done): its certificate, now.
      if (passed) await issueCertificateIfDue(tx, submission.user.id, submission.project.courseId);
      const mail = compose(
        `${submission.project.title}: ${passed ? "passed" : "changes requested"}`,
        [
          `Hi${submission.user.name ? ` ${submission.user.name}` : ""},`,
          `${user.name ?? "Your mentor"} reviewed attempt ${submission.attempt} of ${submission.project.title}: ${score.points} points.`,
          passed ? "It passed. Well done." : "They asked for changes: read the review, then submit again.",
        ],
        { label: "Read the review", url: appUrl(`/cohorts/${submission.cohortId}/projects/${submission.project.id}`) },
      );
      await enqueue(
        tx,
        "mail",
        { to: submission.user.email, ...mail, kind: "project-review" },
        { dedupeKey: `project-review:${saved.id}:${saved.version}` },
      );
      // The bell: one notice per saved decision, marked mailed (the mail above is the one the learner gets).
      await tx.notification.create({
        data: {
          userId: submission.user.id,
          kind: "PROJECT_REVIEWED",
          actorId: user.id,
          courseId: submission.project.courseId,
          submissionId: submission.id,
          mailedAt: new Date(),
        },
      });
      await emitProjectReviewCompleted(tx, submission.id);
      return saved;
    });
    await afterCommit();
    return { submissionId: submission.id, version: review.version, outcome: input.outcome, points: score.points };
  } catch (error) {
    // A concurrent first save loses on the review's unique submission key; a later one on the version.
    if (error instanceof LostLock || (input.baseVersion === 0 && isUniqueViolation(error)))
      throw new ProjectError(REVIEW_CHANGED_MESSAGE);
    throw error;
  }
}
