// Writing reviews: each check is made inside the transaction that writes, on rows it reads there.
import { db } from "../db/client";
import { DomainError } from "../actions/errors";
import { recordAudit } from "../audit/record-audit";
import { lessonsUntilReview, mayReview } from "./rules";
import type { SaveReviewInput } from "./schema";
import { PUBLISHED_LESSON } from "../content/published";
import { invalidateReviews } from "../cache/invalidate";
import { kickOutbox } from "../outbox/kick";
import { emitReviewCreated } from "../webhooks/domain-events";

export class ReviewError extends DomainError {
  constructor(message: string) {
    super(message);
    this.name = "ReviewError";
  }
}

/** Creates or edits the learner's one review of a course (the unique key keeps it to one). */
export async function saveReview(
  userId: string,
  input: SaveReviewInput,
): Promise<{ reviewId: string; created: boolean }> {
  const result = await db.$transaction(async (tx) => {
    const course = await tx.course.findFirst({
      where: { slug: input.courseSlug, status: "PUBLISHED" },
      select: { id: true, _count: { select: { lessons: { where: PUBLISHED_LESSON } } } },
    });
    if (!course) throw new ReviewError("This course could not be found. Reload the page and try again.");
    const enrollment = await tx.enrollment.findUnique({
      where: { userId_courseId: { userId, courseId: course.id } },
      select: { status: true },
    });
    const completed = await tx.lessonProgress.count({
      where: { userId, courseId: course.id, completedAt: { not: null } },
    });
    if (!mayReview(enrollment?.status ?? null, completed, course._count.lessons)) {
      const toGo = lessonsUntilReview(completed, course._count.lessons);
      throw new ReviewError(
        enrollment
          ? `Finish ${toGo} more lesson${toGo === 1 ? "" : "s"} to review this course.`
          : "Enrol in the course and finish a third of it to review it.",
      );
    }
    const existing = await tx.review.findUnique({
      where: { courseId_userId: { courseId: course.id, userId } },
      select: { id: true },
    });
    const saved = await tx.review.upsert({
      where: { courseId_userId: { courseId: course.id, userId } },
      create: { courseId: course.id, userId, rating: input.rating, body: input.body },
      update: { rating: input.rating, body: input.body },
      select: { id: true, courseId: true },
    });
    if (!existing) await emitReviewCreated(tx, saved.id);
    return { reviewId: saved.id, courseId: saved.courseId, created: !existing };
  });
  forgetCourseReviews(result.courseId, input.courseSlug);
  if (result.created) await kickOutbox();
  return { reviewId: result.reviewId, created: result.created };
}

/** The course's instructor answers a review (again to edit the answer). */
export async function replyToReview(instructorId: string, reviewId: string, reply: string): Promise<void> {
  const review = await db.$transaction(async (tx) => {
    const review = await tx.review.findUnique({
      where: { id: reviewId },
      select: { courseId: true, course: { select: { instructorId: true, slug: true } } },
    });
    if (!review || review.course.instructorId !== instructorId)
      throw new ReviewError("Only the course's instructor can answer this review.");
    await tx.review.update({ where: { id: reviewId }, data: { reply, repliedAt: new Date() } });
    return review;
  });
  forgetCourseReviews(review.courseId, review.course.slug);
}

/**
 * An admin hides a review (or shows it again), giving the reason; the audit row commits with the change and
 * names the review (stars, author) and its course, so it still reads well if either is deleted later.
 */
export async function setReviewHidden(
  adminId: string,
  reviewId: string,
  hidden: boolean,
  ip: string,
  reason = "",
): Promise<void> {
  const review = await db.$transaction(async (tx) => {
    const review = await tx.review.findUnique({
      where: { id: reviewId },
      select: {
        courseId: true,
        rating: true,
        course: { select: { slug: true, title: true } },
        user: { select: { name: true, email: true } },
      },
    });
    if (!review) throw new ReviewError("This review no longer exists. Reload the page.");
    await tx.review.update({ where: { id: reviewId }, data: { hiddenAt: hidden ? new Date() : null } });
    await recordAudit(
      {
        actorId: adminId,
        action: hidden ? "review.hidden" : "review.shown",
        targetType: "Review",
        targetId: reviewId,
        ip,
        meta: {
          course: review.course.title,
          rating: review.rating,
          author: review.user.name?.trim() || review.user.email,
          ...(reason ? { reason } : {}),
        },
      },
      tx,
    );
    return review;
  });
  forgetCourseReviews(review.courseId, review.course.slug);
}

/** The course page shows the change on its next view (everyone's, not only the writer's). */
function forgetCourseReviews(courseId: string, courseSlug: string) {
  invalidateReviews({ id: courseId, slug: courseSlug });
}
