import { z } from "zod";
import { flattenLessons } from "../../../catalog/course-outline";
import { getCourseOrNull } from "../../../catalog/queries";
import { grantEnrollment, revokeEnrollment } from "../../../enrolment/admin-grant";
import {
  getEnrollmentFor,
  lessonCompletions,
  listEnrollmentsPage,
  type EnrollmentApiRow,
} from "../../../learning/api-queries";
import { courseProgress } from "../../../learning/progress";
import type { ApiPrincipal } from "../../../api-keys/service";
import { defineEndpoint } from "../endpoint";
import { decodeCursor, pageOf, pageQuerySchema } from "../pagination";
import { ApiProblem, notFound } from "../problem";
import { enrollmentListSchema, enrollmentSchema, enrollmentStatusSchema, progressSchema } from "../schemas";

/** Whose rows a key sees: an admin's key everyone's (null), anyone else's their own. */
export const ownerScope = (principal: ApiPrincipal | null) =>
  principal?.user.role === "ADMIN" ? null : (principal?.user.id ?? "");

function toApiEnrollment(row: EnrollmentApiRow): z.input<typeof enrollmentSchema> {
  return {
    id: row.id,
    status: row.status,
    source: row.source,
    user: row.user,
    course: { slug: row.course.slug, title: row.course.title },
    createdAt: row.createdAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
  };
}

const idParams = z.object({ id: z.string().max(64, "An enrolment id is at most 64 characters.") });

export const listEnrollments = defineEndpoint({
  operationId: "listEnrollments",
  method: "GET",
  path: "/enrollments",
  tag: "Enrolments",
  summary: "List enrolments",
  description:
    "The key owner's enrolments; an admin's key lists everyone's. Filter by `course` (slug), `status`, and `since` (made or completed at or after that time).",
  scope: "enrollments:read",
  query: pageQuerySchema.extend({
    course: z.string().max(120, "Give the course's slug.").optional(),
    status: enrollmentStatusSchema.optional(),
    since: z.iso
      .datetime({ offset: true, message: "Give `since` as an ISO 8601 time, e.g. 2026-01-31T00:00:00Z." })
      .optional(),
  }),
  response: enrollmentListSchema,
  problems: [400],
  example: { query: { status: "ACTIVE", limit: "25" } },
  handle: async ({ query, principal, url }) => {
    const rows = await listEnrollmentsPage({
      ownerId: ownerScope(principal),
      courseSlug: query.course,
      status: query.status,
      since: query.since ? new Date(query.since) : undefined,
      afterId: decodeCursor(query.cursor),
      take: query.limit + 1,
    });
    const page = pageOf(rows, query.limit, url);
    return { body: { items: page.items.map(toApiEnrollment), next: page.next } };
  },
});

export const getEnrollment = defineEndpoint({
  operationId: "getEnrollment",
  method: "GET",
  path: "/enrollments/{id}",
  tag: "Enrolments",
  summary: "Get an enrolment",
  description: "One enrolment of the key's owner (any enrolment for an admin's key); others answer 404.",
  scope: "enrollments:read",
  params: idParams,
  response: enrollmentSchema,
  problems: [400, 404],
  example: { params: { id: "ENROLLMENT_ID" } },
  handle: async ({ params, principal }) => {
    const row = await getEnrollmentFor(params.id, ownerScope(principal));
    if (!row) throw notFound("enrolment");
    return { body: toApiEnrollment(row) };
  },
});

export const createEnrollment = defineEndpoint({
  operationId: "createEnrollment",
  method: "POST",
  path: "/enrollments",
  tag: "Enrolments",
  summary: "Enrol a person by email (admin)",
  description:
    "Enrols an existing account in a published course (source ADMIN). Answers 201 with the new enrolment, or 200 with the live one that already exists. Send an `Idempotency-Key` header so a retried request enrols once.",
  scope: "enrollments:write",
  body: z.object({
    email: z.email("Give the person's account email."),
    course: z.string().min(1, "Give the course's slug.").max(120, "Give the course's slug."),
  }),
  response: enrollmentSchema,
  status: 201,
  problems: [400, 404, 409, 415, 422],
  idempotent: true,
  example: { body: { email: "learner@academy.test", course: "http-apis-rest-graphql" } },
  handle: async ({ body, principal, ip }) => {
    const answer = await grantEnrollment(principal!.user.id, { email: body.email, courseSlug: body.course }, ip);
    if (!answer.ok) {
      throw answer.reason === "NO_USER"
        ? new ApiProblem(
            404,
            "not-found",
            "No such account",
            "No account has that email. Ask the person to sign up first, then retry.",
          )
        : new ApiProblem(
            404,
            "not-found",
            "No such course",
            "No published course has that slug. List courses to find it.",
          );
    }
    const row = await getEnrollmentFor(answer.enrollmentId, null);
    return { status: answer.created ? 201 : 200, body: toApiEnrollment(row!) };
  },
});

export const revokeEnrollmentEndpoint = defineEndpoint({
  operationId: "revokeEnrollment",
  method: "DELETE",
  path: "/enrollments/{id}",
  tag: "Enrolments",
  summary: "Revoke an enrolment (admin)",
  description:
    "Ends a live enrolment (status CANCELLED) and answers it. An enrolment that has already ended answers 404.",
  scope: "enrollments:write",
  params: idParams,
  response: enrollmentSchema,
  problems: [400, 404],
  example: { params: { id: "ENROLLMENT_ID" } },
  handle: async ({ params, principal, ip }) => {
    if (!(await revokeEnrollment(principal!.user.id, params.id, ip))) throw notFound("live enrolment");
    return { body: toApiEnrollment((await getEnrollmentFor(params.id, null))!) };
  },
});

export const getEnrollmentProgress = defineEndpoint({
  operationId: "getEnrollmentProgress",
  method: "GET",
  path: "/enrollments/{id}/progress",
  tag: "Enrolments",
  summary: "Get an enrolment's progress",
  description: "Completed published lessons of the enrolment's course, with when each was completed.",
  scope: "progress:read",
  params: idParams,
  response: progressSchema,
  problems: [400, 404],
  example: { params: { id: "ENROLLMENT_ID" } },
  handle: async ({ params, principal }) => {
    const row = await getEnrollmentFor(params.id, ownerScope(principal));
    if (!row) throw notFound("enrolment");
    const course = await getCourseOrNull(row.course.slug);
    const lessons = course ? flattenLessons(course.modules) : [];
    const done = await lessonCompletions(row.userId, row.course.id);
    const summary = courseProgress(lessons, new Set(done.keys()));
    return {
      body: {
        enrollmentId: row.id,
        ...summary,
        lessons: lessons.map((lesson) => ({
          slug: lesson.slug,
          title: lesson.title,
          completedAt: done.get(lesson.id)?.toISOString() ?? null,
        })),
      },
    };
  },
});
