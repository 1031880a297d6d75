import { db } from "../db/client";
import { memoKeys } from "../cache/keys";
import { memoize } from "../cache/memo";
import type { RatingSummary } from "./rules";
import { lessonsUntilReview, mayReview, summarizeRatings } from "./rules";
import { PUBLISHED_LESSON } from "../content/published";

export type PublicReview = {
  id: string;
  rating: number;
  body: string;
  authorName: string;
  createdAt: Date;
  updatedAt: Date;
  reply: string | null;
  repliedAt: Date | null;
};

/** The reviews anyone may read (not hidden), newest first, with the average. Cached briefly with the catalogue. */
export function getCourseReviews(
  courseId: string,
  take = 20,
): Promise<{ summary: RatingSummary | null; reviews: PublicReview[] }> {
  return memoize(memoKeys.reviews(courseId), async () => {
    const [rows, ratings] = await Promise.all([
      db.review.findMany({
        where: { courseId, hiddenAt: null },
        orderBy: { createdAt: "desc" },
        take,
        select: {
          id: true,
          rating: true,
          body: true,
          createdAt: true,
          updatedAt: true,
          reply: true,
          repliedAt: true,
          user: { select: { name: true } },
        },
      }),
      db.review.findMany({ where: { courseId, hiddenAt: null }, select: { rating: true } }),
    ]);
    const reviews = rows.map(({ user, ...review }) => ({ ...review, authorName: firstNameOf(user.name) }));
    return { summary: summarizeRatings(ratings.map((r) => r.rating)), reviews };
  });
}

/** Averages for course cards, one query for the lot. */
export function getRatingSummaries(courseIds: readonly string[]): Promise<Map<string, RatingSummary>> {
  return memoize(memoKeys.ratings([...courseIds]), async () => {
    const rows = await db.review.groupBy({
      by: ["courseId"],
      where: { courseId: { in: [...courseIds] }, hiddenAt: null },
      _avg: { rating: true },
      _count: { _all: true },
    });
    return new Map(
      rows.map((r) => [r.courseId, { average: Math.round((r._avg.rating ?? 0) * 10) / 10, count: r._count._all }]),
    );
  });
}

export type MyReviewState = {
  canReview: boolean;
  lessonsToGo: number;
  review: { rating: number; body: string; hidden: boolean } | null;
  /** The viewer teaches this course (may answer reviews) or is an admin (may hide them). */
  canReply: boolean;
  canModerate: boolean;
  /** For moderators: the hidden reviews too, so they can be shown again. */
  hiddenIds: string[];
};

export async function getMyReviewState(
  user: { id: string; role: string },
  courseSlug: string,
): Promise<MyReviewState | null> {
  const course = await db.course.findFirst({
    where: { slug: courseSlug, status: "PUBLISHED" },
    select: { id: true, instructorId: true, _count: { select: { lessons: { where: PUBLISHED_LESSON } } } },
  });
  if (!course) return null;
  const canModerate = user.role === "ADMIN";
  const [enrollment, completed, review, hidden] = await Promise.all([
    db.enrollment.findUnique({
      where: { userId_courseId: { userId: user.id, courseId: course.id } },
      select: { status: true },
    }),
    db.lessonProgress.count({ where: { userId: user.id, courseId: course.id, completedAt: { not: null } } }),
    db.review.findUnique({
      where: { courseId_userId: { courseId: course.id, userId: user.id } },
      select: { rating: true, body: true, hiddenAt: true },
    }),
    canModerate
      ? db.review.findMany({ where: { courseId: course.id, hiddenAt: { not: null } }, select: { id: true } })
      : Promise.resolve([]),
  ]);
  return {
    canReview: mayReview(enrollment?.status ?? null, completed, course._count.lessons),
    lessonsToGo: enrollment ? lessonsUntilReview(completed, course._count.lessons) : course._count.lessons,
    review: review ? { rating: review.rating, body: review.body, hidden: review.hiddenAt !== null } : null,
    canReply: course.instructorId === user.id,
    canModerate,
    hiddenIds: hidden.map((r) => r.id),
  };
}

/** Reviews show a first name only: enough to be human, not enough to find someone. */
function firstNameOf(name: string | null): string {
  return name?.trim().split(/\s+/)[0] || "A learner";
}
