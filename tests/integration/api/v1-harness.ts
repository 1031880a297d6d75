// Calls the /api/v1 route files as Next would (method, path, params), and checks each answer against the served
// OpenAPI document with ajv: the status must be documented and the body must match its schema.
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { expect } from "vitest";
import * as bookings from "@/app/api/v1/bookings/route";
import * as certificates from "@/app/api/v1/certificates/route";
import * as verify from "@/app/api/v1/certificates/[id]/verify/route";
import * as courses from "@/app/api/v1/courses/route";
import * as course from "@/app/api/v1/courses/[slug]/route";
import * as enrollments from "@/app/api/v1/enrollments/route";
import * as enrollment from "@/app/api/v1/enrollments/[id]/route";
import * as progress from "@/app/api/v1/enrollments/[id]/progress/route";
import * as openapi from "@/app/api/v1/openapi.json/route";
import * as payments from "@/app/api/v1/payments/route";
import * as users from "@/app/api/v1/users/route";
import * as userRole from "@/app/api/v1/users/[id]/role/route";
import { runAction, type RequestScope } from "@/lib/actions/run-action";
import { createApiKeyAction } from "@/lib/api-keys/actions";
import type { Db } from "@/lib/db/client";

type Handler = (request: Request, context?: { params: Promise<Record<string, string>> }) => Promise<Response>;
type RouteModule = Partial<Record<"GET" | "POST" | "DELETE", Handler>>;

/** Path template (as in the document) → the route file that serves it. */
export const ROUTES: Record<string, RouteModule> = {
  "/courses": courses,
  "/courses/{slug}": course,
  "/enrollments": enrollments,
  "/enrollments/{id}": enrollment,
  "/enrollments/{id}/progress": progress,
  "/certificates": certificates,
  "/certificates/{id}/verify": verify,
  "/bookings": bookings,
  "/payments": payments,
  "/users": users,
  "/users/{id}/role": userRole,
};

export type Answer = { status: number; headers: Headers; body: unknown; template: string; method: string };

let ipCounter = 0;

export async function call(
  method: "GET" | "POST" | "DELETE",
  path: string,
  options: { key?: string; body?: unknown; headers?: Record<string, string>; ip?: string } = {},
): Promise<Answer> {
  const url = new URL(path, "http://academy.test/api/v1/");
  const relative = url.pathname.replace(/^\/api\/v1/, "");
  for (const [template, module] of Object.entries(ROUTES)) {
    const names: string[] = [];
    const pattern = new RegExp(
      "^" + template.replace(/\{(\w+)\}/g, (_m, name: string) => (names.push(name), "([^/]+)")) + "$",
    );
    const match = pattern.exec(relative);
    if (!match) continue;
    const handler = module[method];
    if (!handler) throw new Error(`no ${method} ${template}`);
    const params = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]));
    ipCounter += 1;
    const headers = new Headers({ "x-forwarded-for": options.ip ?? `192.0.2.${ipCounter % 250}`, ...options.headers });
    if (options.key) headers.set("authorization", `Bearer ${options.key}`);
    if (options.body !== undefined) headers.set("content-type", "application/json");
    const response = await handler(
      new Request(url, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      }),
      { params: Promise.resolve(params) },
    );
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: text ? JSON.parse(text) : null,
      template,
      method,
    };
  }
  throw new Error(`no route for ${relative}`);
}

type Document = {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>;
};

/** The document as the server serves it, and an ajv that checks answers against it. */
export async function servedContract() {
  const response = await (openapi.GET as Handler)(new Request("http://academy.test/api/v1/openapi.json"));
  expect(response.status).toBe(200);
  const document = (await response.json()) as Document;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...document, $id: "https://academy.test/openapi.json" });
  const seen = new Set<string>();
  const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");

  /** Fails unless the answer's status is documented for the operation and its body matches that schema. */
  function expectConforms(answer: Answer) {
    const operation = document.paths[answer.template]?.[answer.method.toLowerCase()];
    expect(operation, `${answer.method} ${answer.template} is documented`).toBeDefined();
    const documented = operation!.responses[String(answer.status)];
    expect(documented, `${answer.method} ${answer.template} documents status ${answer.status}`).toBeDefined();
    seen.add(`${answer.method} ${answer.template} ${answer.status}`);
    if (answer.status === 304) return;
    const contentType = (answer.headers.get("content-type") ?? "").split(";")[0]!;
    expect(Object.keys(documented!.content ?? {})).toContain(contentType);
    const ref = `https://academy.test/openapi.json#/${pointer("paths", answer.template, answer.method.toLowerCase(), "responses", String(answer.status), "content", contentType, "schema")}`;
    const valid = ajv.validate({ $ref: ref }, answer.body);
    expect(ajv.errors ?? [], JSON.stringify(answer.body).slice(0, 300)).toEqual([]);
    expect(valid).toBe(true);
  }
  return { document, expectConforms, seen };
}

export function scopeAs(user: {
  id: string;
  email: string;
  role: "LEARNER" | "INSTRUCTOR" | "ADVISOR" | "ADMIN";
}): RequestScope {
  return {
    getUser: async () => ({ ...user, name: null, timeZone: "UTC" }),
    getIp: async () => "203.0.113.1",
    revalidate: () => undefined,
  };
}

/** A key made the way the profile page makes one. */
export async function makeKey(
  user: { id: string; email: string; role: "LEARNER" | "INSTRUCTOR" | "ADVISOR" | "ADMIN" },
  scopes: string[],
): Promise<{ id: string; secret: string }> {
  const fields: Record<string, string> = { name: `key ${scopes.join(" ")}`.slice(0, 80) };
  for (const scope of scopes) fields[`scope:${scope}`] = "on";
  const result = await runAction(createApiKeyAction.definition, fields, scopeAs(user));
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

let counter = 0;

/** Two learners, an advisor, an admin; a published course with one module of two lessons; rows for each. */
export async function apiWorld(db: Db) {
  counter += 1;
  const tag = `${process.pid}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
  const user = (role: "LEARNER" | "ADVISOR" | "ADMIN", name: string) =>
    db.user.create({
      data: { email: `${name}-${tag}@example.test`, name, role, emailVerified: new Date() },
      select: { id: true, email: true, role: true },
    });
  const [ada, bob, advisorUser, otherAdvisorUser, admin] = await Promise.all([
    user("LEARNER", "ada"),
    user("LEARNER", "bob"),
    user("ADVISOR", "ava"),
    user("ADVISOR", "otto"),
    user("ADMIN", "root"),
  ]);
  const courseRow = await db.course.create({
    data: {
      slug: `api-course-${tag}`,
      title: "APIs",
      summary: "s",
      description: "d",
      topic: "APIS",
      level: "BEGINNER",
      status: "PUBLISHED",
      publishedAt: new Date(),
      instructorId: admin.id,
    },
  });
  const firstModule = await db.module.create({
    data: { courseId: courseRow.id, slug: "m1", title: "Module one", position: 1 },
  });
  const lessons = await Promise.all(
    ["l1", "l2"].map((slug, i) =>
      db.lesson.create({
        data: {
          courseId: courseRow.id,
          moduleId: firstModule.id,
          slug,
          title: slug.toUpperCase(),
          body: "b",
          position: i + 1,
        },
      }),
    ),
  );
  const enrolAda = await db.enrollment.create({ data: { userId: ada.id, courseId: courseRow.id } });
  const enrolBob = await db.enrollment.create({ data: { userId: bob.id, courseId: courseRow.id } });
  await db.lessonProgress.create({
    data: { userId: ada.id, courseId: courseRow.id, lessonId: lessons[0]!.id, completedAt: new Date() },
  });
  const certAda = await db.certificate.create({
    data: { userId: ada.id, courseId: courseRow.id, recipientName: "Ada", courseTitle: "APIs", instructorName: "Root" },
  });
  const certBob = await db.certificate.create({
    data: { userId: bob.id, courseId: courseRow.id, recipientName: "Bob", courseTitle: "APIs", instructorName: "Root" },
  });
  const advisor = (userId: string, slug: string) =>
    db.advisor.create({ data: { userId, slug: `${slug}-${tag}`, headline: "h", timeZone: "UTC" } });
  const [ava, otto] = await Promise.all([advisor(advisorUser.id, "ava"), advisor(otherAdvisorUser.id, "otto")]);
  const booking = (advisorId: string, hour: number) =>
    db.booking.create({
      data: {
        advisorId,
        startsAt: new Date(Date.UTC(2030, 0, 1, hour)),
        endsAt: new Date(Date.UTC(2030, 0, 1, hour, 30)),
        name: "Prospect",
        email: `p-${tag}-${hour}@example.test`,
        timeZone: "UTC",
        manageTokenHash: `hash-${tag}-${advisorId}-${hour}`,
      },
    });
  const [avaBooking, ottoBooking] = await Promise.all([booking(ava.id, 9), booking(otto.id, 10)]);
  return {
    users: { ada, bob, advisor: advisorUser, otherAdvisor: otherAdvisorUser, admin },
    course: courseRow,
    enrollments: { ada: enrolAda, bob: enrolBob },
    certificates: { ada: certAda, bob: certBob },
    bookings: { ava: avaBooking, otto: ottoBooking },
  };
}
