// The memo's key for each kind of content: the readers (lib/catalog, lib/reviews, lib/learning) and the
// invalidation functions (lib/cache/invalidate.ts) name entries only through these.
export const memoKeys = {
  featured: () => "catalog:featured",
  topics: () => "catalog:topics",
  catalog: (filter: string) => `catalog:${filter}`,
  apiCourses: (afterId: string | undefined, take: number) => `api-courses:${afterId ?? ""}:${take}`,
  apiCoursesAnswer: (cursor: string | undefined, limit: number) => `api-courses-answer:${cursor ?? ""}:${limit}`,
  course: (slug: string) => `course:${slug}`,
  lesson: (courseId: string, lessonSlug: string) => `lesson:${courseId}:${lessonSlug}`,
  quiz: (lessonId: string, version: string | number) => `quiz:${lessonId}:${version}`,
  quizView: (lessonId: string, version: number) => `quiz-view:${lessonId}:${version}`,
  instructor: (userId: string) => `instructor:${userId}`,
  reviews: (courseId: string) => `reviews:${courseId}`,
  ratings: (courseIds: string[]) => `ratings:${[...courseIds].sort().join(",")}`,
  qaList: (lessonId: string, sort: string) => `qa-list:${lessonId}:${sort}`,
} as const;

/** Prefixes that select a group of entries for invalidation. */
export const memoGroups = {
  course: (slug: string) => memoKeys.course(slug),
  reviews: (courseId: string) => memoKeys.reviews(courseId),
  allRatings: "ratings:",
  instructor: (userId: string) => memoKeys.instructor(userId),
  qaList: (lessonId: string) => `qa-list:${lessonId}:`,
} as const;
