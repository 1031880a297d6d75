// Who may review, and how ratings add up. Pure (and free of zod: the browser imports it).
import { isLiveEnrollment } from "../enrolment/rules";

/** Also a CHECK constraint in the database (see schema.prisma). */
export const REVIEW_MAX_LENGTH = 2000;

/** A learner with a live enrolment who has finished at least a third of the lessons may rate the course. */
export function mayReview(enrolmentStatus: string | null, completedLessons: number, totalLessons: number): boolean {
  if (!isLiveEnrollment(enrolmentStatus)) return false;
  return totalLessons > 0 && completedLessons * 3 >= totalLessons;
}

/** Lessons still to finish before the review form opens. */
export function lessonsUntilReview(completedLessons: number, totalLessons: number): number {
  return Math.max(0, Math.ceil(totalLessons / 3) - completedLessons);
}

export type RatingSummary = { average: number; count: number };

/** Average to one decimal ("4.5"), or null without ratings. */
export function summarizeRatings(ratings: readonly number[]): RatingSummary | null {
  if (ratings.length === 0) return null;
  const sum = ratings.reduce((total, rating) => total + rating, 0);
  return { average: Math.round((sum / ratings.length) * 10) / 10, count: ratings.length };
}

export function describeRating(summary: RatingSummary): string {
  return `Rated ${summary.average.toFixed(1)} out of 5 by ${summary.count} learner${summary.count === 1 ? "" : "s"}`;
}
