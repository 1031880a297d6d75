import { cache } from "react";
// Published or aggregate data only: read from the replica when one is configured (lib/db/client.ts).
import { replicaDb as db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { getRatingSummaries } from "../reviews/queries";
import type { RatingSummary } from "../reviews/rules";
import { consumeRateLimit } from "../security/rate-limit";
import { memoKeys } from "../cache/keys";
import { isMemoized, memoize } from "../cache/memo";
import type { CatalogFilter } from "./schema";
import { buildCatalogSearch, normaliseSearchText, toPrefixTsQuery } from "./search-query";
import { LIVE_ENROLLMENT_STATUSES } from "../enrolment/rules";
import { PUBLISHED_LESSON, PUBLISHED_MODULE } from "../content/published";

/** A published course's own fields: what its card and the public API's course both show. */
export const courseSummarySelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  topic: true,
  level: true,
  format: true,
  priceCents: true,
  currency: true,
  publishedAt: true,
  instructor: { select: { name: true } },
} satisfies Prisma.CourseSelect;

export const courseCardSelect = {
  ...courseSummarySelect,
  lessons: { where: PUBLISHED_LESSON, select: { minutes: true } },
  cohorts: { select: { startsAt: true, seats: true }, orderBy: { startsAt: "asc" as const } },
  _count: { select: { enrollments: true } },
} satisfies Prisma.CourseSelect;

export type CourseCardData = {
  slug: string;
  title: string;
  summary: string;
  topic: Prisma.CourseGetPayload<{ select: typeof courseCardSelect }>["topic"];
  level: Prisma.CourseGetPayload<{ select: typeof courseCardSelect }>["level"];
  format: Prisma.CourseGetPayload<{ select: typeof courseCardSelect }>["format"];
  priceCents: number;
  currency: string;
  instructorName: string;
  lessonCount: number;
  totalMinutes: number;
  learners: number;
  nextCohortStartsAt: Date | null;
  rating: RatingSummary | null;
};

export function toCard(
  course: Prisma.CourseGetPayload<{ select: typeof courseCardSelect }>,
  ratings: ReadonlyMap<string, RatingSummary>,
  now = new Date(),
): CourseCardData {
  const nextCohort = course.cohorts.find((c) => c.startsAt > now);
  return {
    slug: course.slug,
    title: course.title,
    summary: course.summary,
    topic: course.topic,
    level: course.level,
    format: course.format,
    priceCents: course.priceCents,
    currency: course.currency,
    instructorName: course.instructor.name ?? "Backend Academy",
    lessonCount: course.lessons.length,
    totalMinutes: course.lessons.reduce((sum, l) => sum + l.minutes, 0),
    learners: course._count.enrollments,
    nextCohortStartsAt: nextCohort?.startsAt ?? null,
    rating: ratings.get(course.id) ?? null,
  };
}

export const listFeaturedCourses = cache((): Promise<CourseCardData[]> =>
  memoize(memoKeys.featured(), async () => {
    const courses = await db.course.findMany({
      where: { status: "PUBLISHED", featured: true },
      orderBy: { publishedAt: "asc" },
      take: 6,
      select: courseCardSelect,
    });
    const ratings = await getRatingSummaries(courses.map((c) => c.id));
    return courses.map((c) => toCard(c, ratings));
  }),
);

/** Courses to suggest to someone with nothing in progress: featured first, none they already took. */
export async function listRecommendedCourses(excludeSlugs: readonly string[], take = 3): Promise<CourseCardData[]> {
  const exclude = new Set(excludeSlugs);
  const all = await listCatalogCourses({});
  return all.filter((course) => !exclude.has(course.slug)).slice(0, take);
}

export type TopicCount = { topic: CourseCardData["topic"]; courses: number };

/** Topics that have published courses, with their counts: no link or filter may promise "0 courses". */
export const listTopicCounts = cache((): Promise<TopicCount[]> =>
  memoize(memoKeys.topics(), async () => {
    const rows = await db.course.groupBy({ by: ["topic"], where: { status: "PUBLISHED" }, _count: { _all: true } });
    return rows.map((r) => ({ topic: r.topic, courses: r._count._all })).filter((r) => r.courses > 0);
  }),
);

export type SearchMatch = {
  titleHighlight: string;
  summaryHighlight: string;
  lessonTitle: string | null;
  lessonTitleHighlight: string | null;
  lessonSlug: string | null;
  /** From free-preview lessons only: the others are behind enrolment (see search-query.ts). */
  lessonHighlight: string | null;
};
export type CatalogResult = CourseCardData & { match: SearchMatch | null };

type SearchRow = { id: string; rank: number; learners: number } & SearchMatch;

/**
 * The catalogue for a filter (search included), cached in memory for a short while (memo.ts): the same
 * searches repeat, and the listing only changes when a course is published or gains learners.
 */
export function listCatalogCourses(filter: CatalogFilter): Promise<CatalogResult[]> {
  const normalised = normaliseFilter(filter);
  return memoize(catalogKey(normalised), () => loadCatalogCourses(normalised));
}

/** What the answer depends on: the same search typed with other capitals or spaces is the same search. */
const normaliseFilter = (filter: CatalogFilter): CatalogFilter =>
  filter.q ? { ...filter, q: normaliseSearchText(filter.q) } : filter;
export const catalogKey = (filter: CatalogFilter) => memoKeys.catalog(JSON.stringify(normaliseFilter(filter)));

export type CatalogAnswer = { ok: true; courses: CatalogResult[] } | { ok: false; retryAfterSeconds: number };

/**
 * The catalogue as an anonymous visitor asks for it. A search that must reach the database spends a point of
 * the visitor's "catalog-search-ip" allowance; a listing, or a search answered from memory, costs nothing.
 */
export async function searchCatalogAs(clientKey: string, filter: CatalogFilter): Promise<CatalogAnswer> {
  if (filter.q && !isMemoized(catalogKey(filter))) {
    const decision = await consumeRateLimit("catalog-search-ip", clientKey);
    if (!decision.allowed) return { ok: false, retryAfterSeconds: decision.retryAfterSeconds };
  }
  return { ok: true, courses: await listCatalogCourses(filter) };
}

async function loadCatalogCourses(filter: CatalogFilter): Promise<CatalogResult[]> {
  const tsQuery = filter.q ? toPrefixTsQuery(filter.q) : null;
  if (!tsQuery) {
    const where: Prisma.CourseWhereInput = {
      status: "PUBLISHED",
      topic: filter.topic,
      level: filter.level,
      format: filter.format,
      ...(filter.price === "free" ? { priceCents: 0 } : filter.price === "paid" ? { priceCents: { gt: 0 } } : {}),
    };
    const orderBy: Prisma.CourseOrderByWithRelationInput[] =
      filter.sort === "popular"
        ? [{ enrollments: { _count: "desc" } }, { publishedAt: "asc" }]
        : filter.sort === "newest"
          ? [{ publishedAt: "desc" }]
          : [{ featured: "desc" }, { publishedAt: "asc" }];
    const courses = await db.course.findMany({ where, orderBy, select: courseCardSelect });
    const ratings = await getRatingSummaries(courses.map((c) => c.id));
    return courses.map((c) => ({ ...toCard(c, ratings), match: null }));
  }
  const search = buildCatalogSearch(filter, tsQuery);
  const rows = await db.$queryRawUnsafe<SearchRow[]>(search.text, ...search.values);
  if (rows.length === 0) return [];
  const courses = await db.course.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: courseCardSelect });
  const byId = new Map(courses.map((c) => [c.id, c]));
  const ratings = await getRatingSummaries(courses.map((c) => c.id));
  return rows.flatMap((row) => {
    const course = byId.get(row.id);
    if (!course) return [];
    const { titleHighlight, summaryHighlight, lessonTitle, lessonTitleHighlight, lessonSlug, lessonHighlight } = row;
    return [
      {
        ...toCard(course, ratings),
        match: { titleHighlight, summaryHighlight, lessonTitle, lessonTitleHighlight, lessonSlug, lessonHighlight },
      },
    ];
  });
}

async function loadCourse(slug: string) {
  return db.course.findFirst({
    where: { slug, status: "PUBLISHED" },
    include: {
      instructor: { select: { id: true, name: true } },
      cohorts: {
        orderBy: { startsAt: "asc" },
        include: {
          // The first week's two sessions: the course page shows the weekly times in the visitor's zone.
          sessions: {
            where: { cancelledAt: null },
            orderBy: { startsAt: "asc" },
            take: 2,
            select: { startsAt: true, endsAt: true },
          },
          _count: {
            select: {
              enrollments: { where: { status: { in: [...LIVE_ENROLLMENT_STATUSES] } } },
              payments: { where: { status: { in: ["PENDING", "PROCESSING"] } } },
            },
          },
        },
      },
      modules: {
        where: PUBLISHED_MODULE,
        orderBy: { position: "asc" },
        include: {
          lessons: {
            where: PUBLISHED_LESSON,
            orderBy: { position: "asc" },
            select: { id: true, slug: true, title: true, kind: true, minutes: true, freePreview: true },
          },
        },
      },
      _count: { select: { enrollments: true } },
    },
  });
}

/** A published course with its outline; cached in memory (see memo.ts), so anonymous pages skip the database. */
// A URL segment that is not a slug names no course: answered without the database or a memo entry (a NUL byte
// in it used to reach PostgreSQL and fail the page; arbitrary strings would churn the memo).
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const getCourseOrNull = cache((slug: string) =>
  SLUG.test(slug) && slug.length <= 120
    ? memoize(memoKeys.course(slug), () => loadCourse(slug))
    : Promise.resolve(null),
);

export type CourseDetail = NonNullable<Awaited<ReturnType<typeof getCourseOrNull>>>;

function loadLesson(courseId: string, lessonSlug: string) {
  return db.lesson.findFirst({
    where: { courseId, slug: lessonSlug, ...PUBLISHED_LESSON },
    select: {
      id: true,
      slug: true,
      title: true,
      kind: true,
      body: true,
      minutes: true,
      freePreview: true,
      version: true,
      videoUrl: true,
      captionsUrl: true,
      exercise: true,
      quizPassPercent: true,
      updatedAt: true,
      moduleId: true,
    },
  });
}

export const getLessonOrNull = cache((courseId: string, lessonSlug: string) =>
  SLUG.test(lessonSlug) && lessonSlug.length <= 120
    ? memoize(memoKeys.lesson(courseId, lessonSlug), () => loadLesson(courseId, lessonSlug))
    : Promise.resolve(null),
);

export type LessonDetail = NonNullable<Awaited<ReturnType<typeof getLessonOrNull>>>;

/** Quiz questions as learners see them: no answer key. Cached per lesson version. */
export const getQuizQuestions = cache((lessonId: string, version: number) =>
  memoize(memoKeys.quiz(lessonId, version), () =>
    db.quizQuestion.findMany({
      where: { lessonId },
      orderBy: { position: "asc" },
      select: {
        id: true,
        prompt: true,
        multiple: true,
        choices: { orderBy: { position: "asc" }, select: { id: true, text: true } },
      },
    }),
  ),
);

/** Published courses and their free-preview lessons, for sitemap.xml. */
export async function listSitemapEntries() {
  const courses = await db.course.findMany({
    where: { status: "PUBLISHED" },
    orderBy: { publishedAt: "asc" },
    select: {
      slug: true,
      updatedAt: true,
      lessons: {
        where: { freePreview: true, ...PUBLISHED_LESSON },
        orderBy: { position: "asc" },
        select: { slug: true, updatedAt: true },
      },
    },
  });
  return courses.map((c) => ({ slug: c.slug, updatedAt: c.updatedAt, previewLessons: c.lessons }));
}

export async function listPublishedCourseSlugs(): Promise<string[]> {
  const rows = await db.course.findMany({ where: { status: "PUBLISHED" }, select: { slug: true } });
  return rows.map((r) => r.slug);
}
