// One function per subject that changed, each clearing every layer that may hold it: the memo of published content
// (lib/cache/memo.ts), the shared page cache (lib/http/page-cache.ts, which tells every other instance through the
// purge bus, where the memo and Next's copy are dropped too), and Next's own cache of the pages. No other module
// knows these caches' key formats.
import { revalidatePath } from "next/cache";
import { exactPage, purgeCachedPages } from "../http/page-cache";
import { memoGroups } from "./keys";
import { dropMemoized } from "./memo";
import { revalidateOutsideNext } from "./outside-next";

function revalidate(path: string, type?: "page" | "layout") {
  try {
    revalidatePath(path, type);
  } catch {
    // Outside a Next request: the server's own door (the Stripe webhook) or its job runner asks its Next over
    // loopback; scripts and tests have no Next cache to revalidate.
    revalidateOutsideNext(path);
  }
}

/** The page-cache prefixes a course's content change drops: its page and lessons, the catalogue, home. */
export function coursePagePrefixes(slugs: string[]): string[] {
  return [
    ...slugs.flatMap((slug) => [exactPage(`/courses/${slug}`), `/courses/${slug}/`]),
    exactPage("/courses"),
    exactPage("/"),
  ];
}

/**
 * A course's content changed (published, renamed, outline moved, archived): everything learners see of it, and
 * the lists that show it. `slugs` holds every address it answers to (old ones after a rename). Returns how many
 * shared-cache pages were dropped here.
 */
export function invalidateCourse(slugs: string[]): number {
  // Lessons and quizzes are memoised by id and version, the catalogue by filter: all content entries go.
  dropMemoized();
  for (const slug of slugs) {
    revalidate(`/courses/${slug}`);
    revalidate(`/courses/${slug}/lessons/[lessonSlug]`, "page");
  }
  revalidate("/courses");
  revalidate("/");
  return coursePagePrefixes(slugs).reduce((sum, prefix) => sum + purgeCachedPages(prefix), 0);
}

/**
 * What only a course's landing page shows changed: its seats (an enrolment, a purchase, a refund) or its
 * reviews. Returns how many shared-cache copies were dropped here.
 */
export function invalidateCourseLanding(slug: string): number {
  dropMemoized(memoGroups.course(slug));
  revalidate(`/courses/${slug}`);
  return purgeCachedPages(exactPage(`/courses/${slug}`));
}

/**
 * A free enrolment or an enrolment-only checkout changed the seats a cohort has left: the memoised course. Its page
 * is not revalidated here (each reader's part of it comes from the learner-state request; a purchase, which also
 * changes what every visitor sees, uses invalidateCourseLanding).
 */
export function invalidateEnrolment(slug: string): void {
  dropMemoized(memoGroups.course(slug));
}

/** A review was written, answered, hidden or restored: the course's reviews, every rating summary, its page. */
export function invalidateReviews(course: { id: string; slug: string }): number {
  dropMemoized(memoGroups.reviews(course.id));
  dropMemoized(memoGroups.allRatings);
  return invalidateCourseLanding(course.slug);
}

/** An instructor's public profile changed: their page and the course pages that show them. */
export function invalidateInstructor(userId: string): number {
  dropMemoized(memoGroups.instructor(userId));
  revalidate("/instructors", "layout");
  return purgeCachedPages("/instructors/");
}

// The address other instances hear a lesson's question list purged by (lib/cluster/purge-bus.ts). No page has
// it (the list is a personal JSON route): only their memo holds the list.
const LESSON_THREADS_PURGE = "/api/discussions/threads?lessonId=";

/**
 * A post on a lesson was asked, answered, edited, deleted, hidden, restored, voted on or accepted: the lesson's
 * memoised question lists (lib/discussions/thread-list.ts), here and on every other instance. Call it after the
 * write committed, so that no list loaded afterwards misses it.
 */
export function invalidateLessonThreads(lessonId: string): void {
  dropMemoized(memoGroups.qaList(lessonId));
  purgeCachedPages(`${LESSON_THREADS_PURGE}${lessonId}`);
}

/** Content changed outside the studio (an admin's purge): everything under `prefix`, every memoised entry. */
export function invalidatePages(prefix: string): number {
  invalidateAfterRemotePurge(prefix);
  return purgeCachedPages(prefix);
}

/**
 * Another instance purged `prefix` (the purge bus, through this process's internal route): its pages are dropped
 * from the shared cache already; the memo and Next's copy go here.
 */
export function invalidateAfterRemotePurge(prefix: string): void {
  if (prefix.startsWith(LESSON_THREADS_PURGE)) {
    dropMemoized(memoGroups.qaList(prefix.slice(LESSON_THREADS_PURGE.length)));
    return;
  }
  dropMemoized();
  revalidate(prefix);
  revalidate(prefix, "layout");
}
