// The learner-state endpoints' two doors, in process: the function as the route files call it and the server's own
// door (lib/http/web-endpoints.ts, what scripts/serve.ts puts in front of Next) answer the same request with the
// same status, cookies and bytes; a missing or forged session is refused alike by both. The whole production
// server is compared with Next's route runtime in tests/integration/ops/servers/learner-state-doors.server-test.ts.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { courseStateAnswer, lessonStateAnswer } from "@/lib/learning/learner-state-answer";
import { sessionCookieName } from "@/lib/auth/session/cookies";
import { getAuthSecret } from "@/lib/auth/secret";
import { withWebEndpoints } from "@/lib/http/web-endpoints";
import { enrollInFreeCourse } from "@/lib/learning/mutations";
import { createUser } from "../../helpers/fixtures";
import { signedInClaims } from "../../helpers/sessions";
import { useTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { createCourse } from "./fixtures";

let t: TestDatabase;
let server: Server;
let base = "";
const FIXED: [string, string][] = [["X-Content-Type-Options", "nosniff"]];

beforeAll(async () => {
  t = await useTestDatabase();
  // What reaches Next in the server: here a marker, so a test sees which requests the door let through.
  const next = withWebEndpoints(
    (_request, response) => {
      response.writeHead(418, { "content-type": "text/plain" });
      response.end("next");
    },
    ["/api/learn/lesson-state", "/api/learn/course-state"],
    {
      headers: FIXED,
      onError: (error) => {
        throw error;
      },
    },
  );
  server = createServer((request, response) => void next(request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server?.close(() => resolve())));

/** A session cookie as next-auth issues it, for a fresh sign-in (or one `ageSeconds` old). */
async function sessionCookie(user: { id: string; sessionVersion: number }, ageSeconds = 0): Promise<string> {
  const issuedAt = new Date(Date.now() - ageSeconds * 1000);
  const claims = await signedInClaims(t.db, user, Math.floor(issuedAt.getTime() / 1000));
  // The token's issue time is the clock's when it is encrypted: an older session is one encrypted back then.
  vi.useFakeTimers({ toFake: ["Date"], now: issuedAt });
  try {
    const value = await encode({ token: claims, secret: getAuthSecret(), maxAge: 30 * 24 * 60 * 60 });
    return `${sessionCookieName()}=${value}; ba-signed-in=1`;
  } finally {
    vi.useRealTimers();
  }
}

type Answer = { status: number; cacheControl: string | null; cookies: string[]; body: Buffer };

async function read(response: Response): Promise<Answer> {
  return {
    status: response.status,
    cacheControl: response.headers.get("cache-control"),
    cookies: response.headers.getSetCookie(),
    body: Buffer.from(await response.arrayBuffer()),
  };
}

/** The same request through both doors. */
async function bothDoors(
  path: string,
  cookie?: string,
): Promise<{ route: Answer; door: Answer; doorHeaders: Headers }> {
  const headers = cookie ? { cookie } : undefined;
  // As the route files call it: with the cookie Next's cookies() reads from the request (outside a Next request
  // here, so read with the same parser from the same header).
  const asNext = new NextRequest(`http://localhost${path}`, { headers });
  const answer = path.startsWith("/api/learn/lesson-state") ? lessonStateAnswer : courseStateAnswer;
  const route = await read(await answer(asNext, { session: asNext.cookies.get(sessionCookieName())?.value }));
  const answered = await fetch(base + path, { headers });
  const doorHeaders = answered.headers;
  return { route, door: await read(answered), doorHeaders };
}

/** Slid session cookies carry a fresh encryption each time: compare their names and attributes only. */
const withoutTokens = (cookies: string[]) => cookies.map((cookie) => cookie.replace(/^([^=]+)=[^;]+/, "$1=…"));

async function enrolledLearner() {
  const made = await createCourse(t.db, { lessons: [{ kind: "ARTICLE" }, { kind: "ARTICLE" }] });
  await t.db.lesson.update({ where: { id: made.lessons[0]!.id }, data: { freePreview: true } });
  const learner = await createUser(t.db, { name: "Dora Door" });
  await enrollInFreeCourse(learner.id, made.course.slug);
  const lesson = `/api/learn/lesson-state?course=${made.course.slug}&lesson=${made.lessons[1]!.slug}`;
  return { learner, lesson, course: `/api/learn/course-state?course=${made.course.slug}` };
}

describe("the learner-state endpoints' two doors", () => {
  it("answer a signed-in learner with the same bytes, personal and never stored", async () => {
    const { learner, lesson, course } = await enrolledLearner();
    const cookie = await sessionCookie(learner);
    for (const path of [lesson, course]) {
      const { route, door, doorHeaders } = await bothDoors(path, cookie);
      expect(door).toEqual(route);
      expect(door.status).toBe(200);
      expect(door.cacheControl).toBe("private, no-store");
      expect(doorHeaders.get("content-type")).toBe("application/json");
      expect(doorHeaders.get("x-content-type-options")).toBe("nosniff");
      // As Next's server sends it: compressed for this client (fetch asks for gzip), varying on the encoding.
      expect(doorHeaders.get("content-encoding")).toBe("gzip");
      expect(doorHeaders.get("vary")).toMatch(/^rsc, next-router-state-tree, .*, Accept-Encoding$/);
      const body = JSON.parse(door.body.toString("utf8")) as { viewer: { name: string } | null; state: unknown };
      expect(body.viewer?.name).toBe("Dora Door");
      expect(body.state).toMatchObject({ enrolled: true });
    }
  });

  it("refuse a missing, forged or ended session alike, with the anonymous answer and the hint dropped", async () => {
    const { learner, lesson } = await enrolledLearner();
    const cookie = await sessionCookie(learner);
    const forged = cookie.replace(/=([^;]{10})/, "=AAAAAAAAAA");
    const ended = await sessionCookie(learner);
    await t.db.user.update({ where: { id: learner.id }, data: { sessionVersion: { increment: 1 } } });
    for (const [name, sent] of [
      ["missing", undefined],
      ["hint only", "ba-signed-in=1"],
      ["forged", forged],
      ["signed out everywhere", ended],
    ] as const) {
      const { route, door, doorHeaders } = await bothDoors(lesson, sent);
      expect(door, name).toEqual(route);
      // NextResponse notes its cookie changes in a header Next's server strips; the door strips it too.
      expect(doorHeaders.get("x-middleware-set-cookie"), name).toBeNull();
      expect(JSON.parse(door.body.toString("utf8")), name).toEqual({ viewer: null, state: null });
      expect(door.cacheControl, name).toBe("private, no-store");
      if (sent?.includes("ba-signed-in")) expect(door.cookies.join("\n"), name).toMatch(/^ba-signed-in=;/);
    }
  });

  it("slide an hour-old session through either door, and refuse bad queries and unknown lessons alike", async () => {
    const { learner, lesson, course } = await enrolledLearner();
    const old = await sessionCookie(learner, 2 * 60 * 60);
    const slid = await bothDoors(lesson, old);
    expect(slid.door.body.equals(slid.route.body)).toBe(true);
    expect(withoutTokens(slid.door.cookies)).toEqual(withoutTokens(slid.route.cookies));
    expect(slid.door.cookies.some((c) => c.startsWith(`${sessionCookieName()}=`))).toBe(true);

    const cookie = await sessionCookie(learner);
    const badQueries = [lesson.split("&")[0]!, "/api/learn/course-state?course=Not%20A%20Slug"];
    for (const path of [...badQueries, `${lesson}x-missing`, `${course}x-missing`]) {
      const { route, door } = await bothDoors(path, cookie);
      expect(door, path).toEqual(route);
      expect([400, 404], path).toContain(door.status);
    }
  });

  it("let every other request through to Next: other paths, other methods, a trailing slash", async () => {
    const { lesson } = await enrolledLearner();
    const passed = async (path: string, method = "GET") => (await fetch(base + path, { method })).status;
    expect(await passed(lesson, "POST")).toBe(418);
    expect(await passed(lesson, "HEAD")).toBe(418);
    expect(await passed(lesson.replace("lesson-state?", "lesson-state/?"))).toBe(418);
    expect(await passed("/api/me")).toBe(418);
    expect(await passed("/api/learn/toString")).toBe(418);
    expect(await passed(lesson)).toBe(200);
  });
});
