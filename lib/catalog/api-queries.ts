// Published courses with their outline, a page at a time by id: the public API's course list (lib/api/v1).
import { replicaDb as db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { PUBLISHED_LESSON, PUBLISHED_MODULE } from "../content/published";
import { memoize } from "../cache/memo";
import { memoKeys } from "../cache/keys";
import { courseSummarySelect } from "./queries";

/** What the API shows of a course; getCourseOrNull's answer holds the same fields. */
export const courseOutlineSelect = {
  ...courseSummarySelect,
  modules: {
    where: PUBLISHED_MODULE,
    orderBy: { position: "asc" },
    select: {
      slug: true,
      title: true,
      lessons: {
        where: PUBLISHED_LESSON,
        orderBy: { position: "asc" },
        select: { slug: true, title: true, kind: true, minutes: true, freePreview: true },
      },
    },
  },
} satisfies Prisma.CourseSelect;

export type CourseOutlineRow = Prisma.CourseGetPayload<{ select: typeof courseOutlineSelect }>;

/**
 * Cached in memory like the catalogue (lib/cache/memo.ts; a course's change drops it, invalidateCourse): the same
 * few pages are asked for over and over by every client, and on PGlite each one was four queries.
 */
export function listPublishedCoursesAfter(afterId: string | undefined, take: number): Promise<CourseOutlineRow[]> {
  return memoize(memoKeys.apiCourses(afterId, take), () =>
    db.course.findMany({
      where: { status: "PUBLISHED", ...(afterId ? { id: { gt: afterId } } : {}) },
      orderBy: { id: "asc" },
      take,
      select: courseOutlineSelect,
    }),
  );
}
