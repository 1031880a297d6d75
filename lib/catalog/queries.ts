import { cache } from "react";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { CatalogFilter } from "./schema";

const courseCardSelect = {
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
  lessons: { select: { minutes: true } },
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
};

function toCard(course: Prisma.CourseGetPayload<{ select: typeof courseCardSelect }>, now = new Date()): CourseCardData {
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
  };
}

export const listFeaturedCourses = cache(async (): Promise<CourseCardData[]> => {
  const courses = await db.course.findMany({
    where: { status: "PUBLISHED", featured: true },
    orderBy: { publishedAt: "asc" },
    take: 6,
    select: courseCardSelect,
  });
  return courses.map((c) => toCard(c));
});

export async function listCatalogCourses(filter: CatalogFilter): Promise<CourseCardData[]> {
  const where: Prisma.CourseWhereInput = {
    status: "PUBLISHED",
    topic: filter.topic,
    level: filter.level,
    format: filter.format,
    ...(filter.price === "free" ? { priceCents: 0 } : filter.price === "paid" ? { priceCents: { gt: 0 } } : {}),
    ...(filter.q
      ? {
          OR: [
            { title: { contains: filter.q, mode: "insensitive" } },
            { summary: { contains: filter.q, mode: "insensitive" } },
            { lessons: { some: { OR: [{ title: { contains: filter.q, mode: "insensitive" } }, { body: { contains: filter.q, mode: "insensitive" } }] } } },
          ],
        }
      : {}),
  };
  const courses = await db.course.findMany({ where, orderBy: { publishedAt: "asc" }, select: courseCardSelect });
  return courses.map((c) => toCard(c));
}

export const getCourseOrNull = cache(async (slug: string) => {
  const course = await db.course.findFirst({
    where: { slug, status: "PUBLISHED" },
    include: {
      instructor: { select: { name: true } },
      cohorts: { orderBy: { startsAt: "asc" }, include: { _count: { select: { enrollments: { where: { status: { in: ["ACTIVE", "COMPLETED"] } } } } } } },
      modules: {
        orderBy: { position: "asc" },
        include: {
          lessons: {
            orderBy: { position: "asc" },
            select: { id: true, slug: true, title: true, kind: true, minutes: true, freePreview: true },
          },
        },
      },
      _count: { select: { enrollments: true } },
    },
  });
  return course;
});

export type CourseDetail = NonNullable<Awaited<ReturnType<typeof getCourseOrNull>>>;

export const getLessonOrNull = cache(async (courseId: string, lessonSlug: string) => {
  return db.lesson.findUnique({
    where: { courseId_slug: { courseId, slug: lessonSlug } },
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
});

export async function listPublishedCourseSlugs(): Promise<string[]> {
  const rows = await db.course.findMany({ where: { status: "PUBLISHED" }, select: { slug: true } });
  return rows.map((r) => r.slug);
}
