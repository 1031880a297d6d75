// The authorization matrix of API keys: each scope opens exactly its endpoints; another person's rows answer 404;
// revoked and expired keys are refused at once; a key never acts beyond its owner's role; 429 once over the limit;
// Idempotency-Key makes concurrent creates one enrolment (run on PostgreSQL too: TEST_DATABASE_URL).
import { beforeAll, describe, expect, it } from "vitest";
import { API_SCOPES } from "@/lib/api-keys/scopes";
import { V1_ENDPOINT_LIST } from "@/lib/api/v1/endpoints";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { apiWorld, call, makeKey } from "./v1-harness";

let t: TestDatabase;
let world: Awaited<ReturnType<typeof apiWorld>>;

beforeAll(async () => {
  t = await useTestDatabase();
  world = await apiWorld(t.db);
});

/** A concrete request per endpoint that changes nothing if let through (unknown ids answer 404). */
function requestFor(path: string, method: string): { path: string; body?: unknown } {
  const concrete = path
    .replace("{slug}", world.course.slug)
    .replace("{id}", path.startsWith("/certificates") ? world.certificates.ada.id : "missing-id")
    .slice(1);
  return method === "POST"
    ? { path: concrete, body: { email: "nobody@example.test", course: world.course.slug, role: "LEARNER" } }
    : { path: concrete };
}

describe("API key authorization", () => {
  it("each scope opens exactly the endpoints that name it", async () => {
    const keyed = V1_ENDPOINT_LIST.filter((endpoint) => endpoint.scope !== null);
    expect(keyed.length).toBeGreaterThan(5);
    for (const scope of API_SCOPES) {
      const key = (await makeKey(world.users.admin, [scope])).secret;
      for (const endpoint of keyed) {
        const request = requestFor(endpoint.path, endpoint.method);
        const answer = await call(endpoint.method, request.path, { key, body: request.body });
        const label = `${scope} → ${endpoint.method} ${endpoint.path}: ${answer.status}`;
        if (endpoint.scope === scope) expect([200, 201, 404], label).toContain(answer.status);
        else expect(answer.status, label).toBe(403);
      }
    }
    expect(await t.db.enrollment.count({ where: { source: "ADMIN" } })).toBe(0);
  });

  it("another person's enrolments, progress, certificates and bookings answer 404 or stay out of lists", async () => {
    const ada = (await makeKey(world.users.ada, ["enrollments:read", "progress:read", "certificates:read"])).secret;
    expect((await call("GET", `enrollments/${world.enrollments.bob.id}`, { key: ada })).status).toBe(404);
    expect((await call("GET", `enrollments/${world.enrollments.bob.id}/progress`, { key: ada })).status).toBe(404);
    expect((await call("GET", `enrollments/${world.enrollments.ada.id}`, { key: ada })).status).toBe(200);
    const certs = await call("GET", "certificates", { key: ada });
    expect((certs.body as { items: { id: string }[] }).items.map((c) => c.id)).toEqual([world.certificates.ada.id]);
    const advisor = (await makeKey(world.users.advisor, ["bookings:read"])).secret;
    const bookings = await call("GET", "bookings", { key: advisor });
    expect((bookings.body as { items: { id: string }[] }).items.map((b) => b.id)).toEqual([world.bookings.ava.id]);
    const admin = (await makeKey(world.users.admin, ["bookings:read"])).secret;
    const all = await call("GET", "bookings", { key: admin });
    expect((all.body as { items: { id: string }[] }).items.map((b) => b.id).sort()).toEqual(
      [world.bookings.ava.id, world.bookings.otto.id].sort(),
    );
  });

  it("a key cannot exceed its owner's role, even with the scope written on it", async () => {
    const key = await makeKey(world.users.bob, ["courses:read"]);
    await t.db.apiKey.update({
      where: { id: key.id },
      data: { scopes: ["courses:read", "enrollments:write", "bookings:read"] },
    });
    const before = await t.db.enrollment.count();
    const create = await call("POST", "enrollments", {
      key: key.secret,
      body: { email: world.users.bob.email, course: world.course.slug },
    });
    expect(create.status).toBe(403);
    expect((await call("DELETE", `enrollments/${world.enrollments.ada.id}`, { key: key.secret })).status).toBe(403);
    expect((await call("GET", "bookings", { key: key.secret })).status).toBe(403);
    expect(await t.db.enrollment.count()).toBe(before);
    expect(await t.db.enrollment.findUniqueOrThrow({ where: { id: world.enrollments.ada.id } })).toMatchObject({
      status: "ACTIVE",
    });
  });

  it("refuses revoked and expired keys at once, saying what to do", async () => {
    const key = await makeKey(world.users.ada, ["courses:read"]);
    expect((await call("GET", "courses", { key: key.secret })).status).toBe(200);
    await t.db.apiKey.update({ where: { id: key.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    const expired = await call("GET", "courses", { key: key.secret });
    expect(expired).toMatchObject({ status: 401, body: { detail: expect.stringContaining("expired") } });
    expect(expired.headers.get("content-type")).toBe("application/problem+json");
    expect(expired.headers.get("www-authenticate")).toContain("Bearer");
    await t.db.apiKey.update({ where: { id: key.id }, data: { expiresAt: null, revokedAt: new Date() } });
    expect(await call("GET", "courses", { key: key.secret })).toMatchObject({
      status: 401,
      body: { detail: expect.stringContaining("revoked") },
    });
  });

  it("answers 429 with Retry-After and RateLimit headers once a key spends its window", async () => {
    const key = await makeKey(world.users.ada, ["courses:read"]);
    await consumeRateLimit("api-key", key.id, 1200);
    const limited = await call("GET", "courses", { key: key.secret });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited.headers.get("ratelimit")).toMatch(/^"per-key";r=0;t=\d+$/);
    expect(limited.body).toMatchObject({ status: 429, detail: expect.stringContaining("Wait") });
  });

  it("makes concurrent creates with one Idempotency-Key a single enrolment, and replays the stored answer", async () => {
    const key = (await makeKey(world.users.admin, ["enrollments:write"])).secret;
    const learner = await t.db.user.create({
      data: { email: `idem-${Date.now()}@example.test`, role: "LEARNER" },
      select: { id: true, email: true },
    });
    const request = {
      key,
      body: { email: learner.email, course: world.course.slug },
      headers: { "idempotency-key": "op-1" },
    };
    const answers = await Promise.all([call("POST", "enrollments", request), call("POST", "enrollments", request)]);
    const statuses = answers.map((answer) => answer.status).sort();
    // The twin either found the first one's stored answer (201, replayed) or found it still running (409).
    expect(
      [
        ["201", "201"],
        ["201", "409"],
      ].map(String),
    ).toContain(statuses.map(String).join(","));
    expect(await t.db.enrollment.count({ where: { userId: learner.id } })).toBe(1);
    const created = answers.find((answer) => answer.status === 201 && !answer.headers.get("idempotent-replayed"))!;
    expect(
      await t.db.auditLog.count({
        where: { action: "enrollment.granted", targetId: (created.body as { id: string }).id },
      }),
    ).toBe(1);

    const replay = await call("POST", "enrollments", request);
    expect(replay.status).toBe(201);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.body).toEqual(created.body);
    const reused = await call("POST", "enrollments", {
      ...request,
      body: { email: world.users.bob.email, course: world.course.slug },
    });
    expect(reused).toMatchObject({ status: 422, body: { detail: expect.stringContaining("different request") } });
  });
});
