// Every /api/v1 route exercised, each answer (successes and problems) validated against the served OpenAPI
// document with ajv; the document itself validated as OpenAPI 3.1. Also: pagination, ETag, rate limit headers.
import { Validator } from "@seriousme/openapi-schema-validator";
import { beforeAll, describe, expect, it } from "vitest";
import { V1_ENDPOINT_LIST } from "@/lib/api/v1/endpoints";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { apiWorld, call, makeKey, servedContract, type Answer } from "./v1-harness";
import { invalidateCourse } from "@/lib/cache/invalidate";

let t: TestDatabase;
let world: Awaited<ReturnType<typeof apiWorld>>;
let contract: Awaited<ReturnType<typeof servedContract>>;
const ALL = [
  "courses:read",
  "enrollments:read",
  "enrollments:write",
  "progress:read",
  "certificates:read",
  "bookings:read",
  "payments:read",
  "users:read",
  "users:write",
];
let adminKey: string;
let adaKey: string;

beforeAll(async () => {
  t = await useTestDatabase();
  world = await apiWorld(t.db);
  contract = await servedContract();
  adminKey = (await makeKey(world.users.admin, ALL)).secret;
  adaKey = (await makeKey(world.users.ada, ["courses:read", "enrollments:read", "progress:read", "certificates:read"]))
    .secret;
});

async function checked(answer: Promise<Answer>, status: number): Promise<Answer> {
  const result = await answer;
  expect(result.status, JSON.stringify(result.body)).toBe(status);
  contract.expectConforms(result);
  return result;
}

describe("the /api/v1 contract", () => {
  it("serves a valid OpenAPI 3.1 document that names every endpoint", async () => {
    const validator = new Validator();
    expect(
      await validator.validate(structuredClone(contract.document) as Parameters<Validator["validate"]>[0]),
    ).toEqual({
      valid: true,
    });
    for (const endpoint of V1_ENDPOINT_LIST) {
      expect(contract.document.paths[endpoint.path]?.[endpoint.method.toLowerCase()]).toBeDefined();
    }
  });

  it("answers every route as documented, successes and problems alike", async () => {
    const { course, enrollments, certificates } = world;
    const list = await checked(call("GET", "courses?limit=1", { key: adaKey }), 200);
    expect((list.body as { items: unknown[] }).items).toHaveLength(1);
    const one = await checked(call("GET", `courses/${course.slug}`, { key: adaKey }), 200);
    expect(one.body).toMatchObject({
      slug: course.slug,
      outline: [{ title: "Module one", lessons: [{ slug: "l1" }, { slug: "l2" }] }],
    });
    await checked(call("GET", "courses/no-such-course", { key: adaKey }), 404);
    await checked(call("GET", "courses?limit=1000", { key: adaKey }), 400);

    const mine = await checked(call("GET", "enrollments", { key: adaKey }), 200);
    expect((mine.body as { items: { id: string }[] }).items.map((e) => e.id)).toEqual([enrollments.ada.id]);
    await checked(
      call("GET", `enrollments?course=${course.slug}&status=ACTIVE&since=2020-01-01T00:00:00Z`, { key: adminKey }),
      200,
    );
    await checked(call("GET", "enrollments?since=yesterday", { key: adminKey }), 400);
    await checked(call("GET", `enrollments/${enrollments.ada.id}`, { key: adaKey }), 200);
    await checked(call("GET", `enrollments/${enrollments.bob.id}`, { key: adaKey }), 404);
    const progress = await checked(call("GET", `enrollments/${enrollments.ada.id}/progress`, { key: adaKey }), 200);
    expect(progress.body).toMatchObject({ completed: 1, total: 2, percent: 50 });
    await checked(call("GET", `enrollments/${enrollments.bob.id}/progress`, { key: adaKey }), 404);

    const granted = await checked(
      call("POST", "enrollments", {
        key: adminKey,
        body: { email: world.users.bob.email.toUpperCase(), course: course.slug },
      }),
      200,
    );
    expect(granted.body).toMatchObject({ id: enrollments.bob.id, status: "ACTIVE" });
    await checked(
      call("POST", "enrollments", { key: adminKey, body: { email: "nobody@example.test", course: course.slug } }),
      404,
    );
    await checked(call("POST", "enrollments", { key: adminKey, body: { email: "not an email", course: "" } }), 400);
    await checked(call("DELETE", `enrollments/${enrollments.bob.id}`, { key: adminKey }), 200);
    await checked(call("DELETE", `enrollments/${enrollments.bob.id}`, { key: adminKey }), 404);
    const regranted = await checked(
      call("POST", "enrollments", { key: adminKey, body: { email: world.users.bob.email, course: course.slug } }),
      201,
    );
    expect(regranted.body).toMatchObject({ status: "ACTIVE", source: "ADMIN" });

    const certs = await checked(call("GET", "certificates", { key: adaKey }), 200);
    expect((certs.body as { items: { id: string }[] }).items.map((c) => c.id)).toEqual([certificates.ada.id]);
    await checked(call("GET", `certificates/${certificates.bob.id}/verify`), 200);
    await checked(call("GET", "certificates/nope0000000/verify"), 404);
    await checked(call("GET", "bookings", { key: adminKey }), 200);
    await checked(call("GET", "bookings", { key: adaKey }), 403);
    const payment = await t.db.payment.create({
      data: {
        userId: world.users.ada.id,
        courseId: world.course.id,
        listPriceCents: 4900,
        amountCents: 4900,
        refundedCents: 1000,
        currency: "usd",
        status: "PARTIALLY_REFUNDED",
        paidAt: new Date(),
        refunds: {
          create: { stripeRefundId: `re_contract_${world.course.id}`, amountCents: 1000, reason: "goodwill" },
        },
      },
    });
    const paid = await checked(call("GET", "payments?status=PARTIALLY_REFUNDED", { key: adminKey }), 200);
    expect(paid.body).toMatchObject({
      items: [{ id: payment.id, refundedCents: 1000, email: world.users.ada.email, refunds: [{ amountCents: 1000 }] }],
    });
    await checked(call("GET", "payments?status=LOST", { key: adminKey }), 400);
    await checked(call("GET", "payments", { key: adaKey }), 403);
    const admins = await checked(call("GET", "users?role=ADMIN", { key: adminKey }), 200);
    expect((admins.body as { items: { id: string }[] }).items.map((u) => u.id)).toEqual([world.users.admin.id]);
    const hire = { email: `hire-${world.course.id}@example.test`, name: "New Hire", role: "INSTRUCTOR" };
    const made = await checked(call("POST", "users", { key: adminKey, body: hire }), 201);
    expect(made.body).toMatchObject({ email: hire.email, role: "INSTRUCTOR", disabled: false, emailVerified: false });
    await checked(call("POST", "users", { key: adminKey, body: hire }), 409);
    await checked(call("POST", "users", { key: adminKey, body: { email: "not-an-email" } }), 400);
    const madeId = (made.body as { id: string }).id;
    const promoted = await checked(
      call("POST", `users/${madeId}/role`, { key: adminKey, body: { role: "ADVISOR" } }),
      200,
    );
    expect(promoted.body).toMatchObject({ id: madeId, role: "ADVISOR" });
    await checked(
      call("POST", `users/${world.users.admin.id}/role`, { key: adminKey, body: { role: "LEARNER" } }),
      409,
    );
    await checked(call("POST", "users/nobody000000/role", { key: adminKey, body: { role: "LEARNER" } }), 404);
    await checked(call("GET", "users", { key: adaKey }), 403);
    await checked(call("POST", "users", { key: adaKey, body: hire }), 403);
    await checked(call("GET", "courses"), 401);
    await checked(call("GET", "courses", { key: "ba_key_" + "A".repeat(43) }), 401);

    // The check itself refuses a body that breaks the document.
    expect(() => contract.expectConforms({ ...list, body: { items: [{ slug: 1 }], next: null } })).toThrow();
    expect(() => contract.expectConforms({ ...list, status: 418 })).toThrow();

    // Every documented success of every endpoint was seen and validated above.
    for (const endpoint of V1_ENDPOINT_LIST) {
      expect(contract.seen, `${endpoint.method} ${endpoint.path}`).toContain(
        `${endpoint.method} ${endpoint.path} ${endpoint.status}`,
      );
    }
  });

  it("pages with limit and cursor through `next`, keeping the filters", async () => {
    const first = await checked(call("GET", `enrollments?limit=1&course=${world.course.slug}`, { key: adminKey }), 200);
    const page1 = first.body as { items: { id: string }[]; next: string };
    expect(page1.next).toMatch(/^\/api\/v1\/enrollments\?.*cursor=/);
    expect(page1.next).toContain(`course=${world.course.slug}`);
    const second = await checked(call("GET", page1.next, { key: adminKey }), 200);
    const page2 = second.body as { items: { id: string }[]; next: string | null };
    expect(page2.items).toHaveLength(1);
    expect(page2.items[0]!.id > page1.items[0]!.id).toBe(true);
    expect(page2.next).toBeNull();
  });

  it("answers 304 to a matching If-None-Match and sends the rate limit headers", async () => {
    const first = await checked(call("GET", `courses/${world.course.slug}`, { key: adaKey }), 200);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers.get("ratelimit-policy")).toBe('"per-key";q=1200;w=60');
    expect(first.headers.get("ratelimit")).toMatch(/^"per-key";r=\d+$/);
    const again = await checked(
      call("GET", `courses/${world.course.slug}`, { key: adaKey, headers: { "if-none-match": etag } }),
      304,
    );
    expect(again.body).toBeNull();
    const list = await checked(call("GET", "courses", { key: adaKey }), 200);
    await t.db.course.update({ where: { id: world.course.id }, data: { title: "APIs, revised" } });
    // The list is memoised like the catalogue; the change is announced as the studio announces it.
    invalidateCourse([world.course.slug]);
    // After a change the old ETag no longer matches and the new body comes back.
    const changed = await checked(
      call("GET", "courses", { key: adaKey, headers: { "if-none-match": list.headers.get("etag")! } }),
      200,
    );
    expect(JSON.stringify(changed.body)).toContain("APIs, revised");
  });
});
