import { z } from "zod";
import { listPublishedCoursesAfter, type CourseOutlineRow } from "../../../catalog/api-queries";
import { getCourseOrNull } from "../../../catalog/queries";
import { memoKeys } from "../../../cache/keys";
import { defineEndpoint } from "../endpoint";
import { decodeCursor, pageOf, pageQuerySchema } from "../pagination";
import { notFound } from "../problem";
import { courseListSchema, courseSchema } from "../schemas";

type CourseShape = Omit<CourseOutlineRow, "id">;

export function toApiCourse(course: CourseShape): z.input<typeof courseSchema> {
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
    publishedAt: course.publishedAt?.toISOString() ?? null,
    outline: course.modules.map((module) => ({
      slug: module.slug,
      title: module.title,
      lessons: module.lessons.map(({ slug, title, kind, minutes, freePreview }) => ({
        slug,
        title,
        kind,
        minutes,
        freePreview,
      })),
    })),
  };
}

export const listCourses = defineEndpoint({
  operationId: "listCourses",
  method: "GET",
  path: "/courses",
  tag: "Courses",
  summary: "List published courses",
  description: "Published courses with their published outline (modules and lessons), oldest id first.",
  scope: "courses:read",
  query: pageQuerySchema,
  response: courseListSchema,
  problems: [400],
  example: { query: { limit: "10" } },
  handle: async ({ query, url }) => {
    const rows = await listPublishedCoursesAfter(decodeCursor(query.cursor), query.limit + 1);
    const page = pageOf(rows, query.limit, url);
    return { body: { items: page.items.map(toApiCourse), next: page.next } };
  },
  // The same page for every key. Only a request with no other parameters is kept: `next` repeats the request's
  // parameters, and a stranger's junk ones would only fill the memo.
  sharedAnswerKey: (query, url) =>
    [...url.searchParams.keys()].every((name) => name === "limit" || name === "cursor")
      ? memoKeys.apiCoursesAnswer(query.cursor, query.limit)
      : null,
});

export const getCourse = defineEndpoint({
  operationId: "getCourse",
  method: "GET",
  path: "/courses/{slug}",
  tag: "Courses",
  summary: "Get a published course",
  description: "One published course by its slug, with its published outline.",
  scope: "courses:read",
  params: z.object({ slug: z.string().max(120, "A course slug is at most 120 characters.") }),
  response: courseSchema,
  problems: [400, 404],
  example: { params: { slug: "http-apis-rest-graphql" } },
  handle: async ({ params }) => {
    const course = await getCourseOrNull(params.slug);
    if (!course) throw notFound("published course");
    return { body: toApiCourse(course) };
  },
});
