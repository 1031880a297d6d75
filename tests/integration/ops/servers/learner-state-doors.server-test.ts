// The learner-state endpoints and the Stripe webhook have two doors: the production server answers their GETs (and
// the webhook's POST) itself (lib/http/web-endpoints.ts), and Next's route files answer them otherwise
// (LEARNER_STATE_DOOR=next, WEBHOOK_DOOR=next, `next dev`, and each endpoint's first request, which loads the route
// that offers the server its function). The same requests, with the same session, on the same database, must get
// the same answers from both: status, headers (Date and the framing aside) and body, byte for byte; a missing or
// forged session, or a webhook's bad signature, is refused alike. The lesson's Q&A list and the bell's unread count
// (lib/actions/personal-json-route.ts) take the same two doors, on the bench's Q&A seed (tests/bench/seed-qa.ts), and
// so does the API's course list (lib/api/v1/course-list-answer.ts), asked with a key the learner made.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webhookSecret } from "@/lib/payments/provider/webhook-secret";
import { DEMO_PASSWORD } from "@/prisma/demo-accounts";
import { opsPort, pgliteDir, prepareDatabase, signIn, startServer } from "./harness";
import { callServerAction } from "./server-action";

const PORT = opsPort(20);
const data = pgliteDir();
const COURSE = "http-apis-rest-graphql";
// Behind enrolment: the demo learner is enrolled (prisma/seed.ts), so the answer carries the lesson's text.
const WEBHOOK = "/api/webhooks/stripe";
const GATED = `/api/learn/lesson-state?course=${COURSE}&lesson=offset-vs-keyset-pagination`;
const UNREAD = "/api/notifications/unread";
const COURSE_LIST = "/api/v1/courses";
/** The Q&A list of the lesson seed-qa.ts fills (its id is read once the database is seeded). */
let threads = "";
let seededUnread = 0;
const qaFile = `${data.dir}.qa.json`;

type Answer = { status: number; headers: [string, string][]; body: Buffer };
type Asked = {
  name: string;
  path: string;
  cookie?: string;
  headers?: Record<string, string>;
  post?: { body: string; signature: string };
};

/** Headers that describe the connection or the moment, not the answer. */
const FRAMING = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length"]);

async function ask(base: string, { path, cookie, headers, post }: Asked): Promise<Answer> {
  const response = await fetch(base + path, {
    method: post ? "POST" : "GET",
    body: post?.body,
    headers: {
      "x-request-id": "learner-state-doors-0001",
      ...(cookie ? { cookie } : {}),
      ...(post ? { "content-type": "application/json", "stripe-signature": post.signature } : {}),
      ...headers,
    },
    // A safety net for a door that never answers, not a measurement.
    signal: AbortSignal.timeout(20_000),
  });
  return {
    status: response.status,
    headers: [...response.headers].filter(([name]) => !FRAMING.has(name)).sort(([a], [b]) => a.localeCompare(b)),
    body: Buffer.from(await response.arrayBuffer()),
  };
}

/**
 * One request to each endpoint, answered by Next: it loads the route file, whose module offers the server its
 * function; only the requests after it can take the server's door.
 */
const WARM_UP: Asked[] = [
  { name: "warm-up, lesson", path: GATED },
  { name: "warm-up, course", path: `/api/learn/course-state?course=${COURSE}` },
  { name: "warm-up, webhook", path: WEBHOOK, post: { body: "{}", signature: "t=1,v1=00" } },
  { name: "warm-up, unread", path: UNREAD },
  { name: "warm-up, API course list", path: COURSE_LIST },
];

/** Starts a server with `door`, asks each request in turn, stops it (PGlite: one process per database). */
async function answersThrough(door: "server" | "next", requests: (base: string) => Promise<Asked[]>) {
  const server = await startServer(PORT, { PGLITE_DIR: data.dir, LEARNER_STATE_DOOR: door, WEBHOOK_DOOR: door });
  try {
    const asked = await requests(server.base);
    for (const request of [...WARM_UP, { name: "warm-up, Q&A", path: threads }])
      expect((await ask(server.base, request)).status, request.name).toBeLessThan(500);
    const answers = new Map<string, Answer>();
    for (const request of asked) answers.set(request.name, await ask(server.base, request));
    return answers;
  } finally {
    await server.stop();
  }
}

let session = "";
let apiKey = "";
let viaServer: Map<string, Answer>;
let viaNext: Map<string, Answer>;

/** The first place two bodies differ, with a little of each around it (a whole lesson is too long to print). */
function whereTheyDiffer(server: Buffer, next: Buffer): string {
  let at = 0;
  while (at < server.length && at < next.length && server[at] === next[at]) at++;
  const around = (body: Buffer) => body.subarray(Math.max(0, at - 120), at + 120).toString("utf8");
  return `bytes differ from ${at} (lengths ${server.length}, ${next.length}); server: …${around(server)}… next: …${around(next)}…`;
}

function forged(cookie: string): string {
  // The session token with its last characters changed: still well-formed, no longer what the server encrypted.
  return cookie.replace(/(next-auth\.session-token=[^;]*?)(.{4})(;|$)/, (_, head: string, tail: string, end) => {
    const changed = tail === "AAAA" ? "BBBB" : "AAAA";
    return `${head}${changed}${end}`;
  });
}

/** A signed expiry for a checkout nobody knows (as the bench sends): processed once, nothing else to do. */
function signedExpiry(id: string, secret = webhookSecret()): { body: string; signature: string } {
  const body = JSON.stringify({
    id,
    object: "event",
    type: "checkout.session.expired",
    created: 1_765_000_000,
    data: {
      object: {
        id: `cs_doors_${id}`,
        object: "checkout.session",
        status: "expired",
        payment_status: "unpaid",
        metadata: {},
        expires_at: 1,
      },
    },
  });
  return { body, signature: Stripe.webhooks.generateTestHeaderString({ payload: body, secret }) };
}

/** Each door gets events of its own (new ones, so both answer "processed"), and a repeat of its first. */
const webhookRequests = (door: string): Asked[] => {
  const event = `evt_doors_${door}_${randomBytes(4).toString("hex")}`;
  return [
    { name: "webhook, new event", path: WEBHOOK, post: signedExpiry(event) },
    { name: "webhook, repeat", path: WEBHOOK, post: signedExpiry(event) },
    { name: "webhook, bad signature", path: WEBHOOK, post: signedExpiry(`${event}_x`, "whsec_someone_else") },
  ];
};

/**
 * The course list with the learner's key: plain, gzipped, as a conditional request with the ETag a first request
 * (made through each door alike, so the rate limit's count agrees) returned, and refused without a valid key.
 */
async function apiRequests(base: string, key: string): Promise<Asked[]> {
  const bearer = { authorization: `Bearer ${key}` };
  const first = await fetch(base + COURSE_LIST, { headers: bearer, signal: AbortSignal.timeout(20_000) });
  expect(first.status).toBe(200);
  const etag = first.headers.get("etag") ?? "";
  return [
    { name: "API list, key", path: COURSE_LIST, headers: { ...bearer, "accept-encoding": "identity" } },
    { name: "API list, key, gzip", path: COURSE_LIST, headers: { ...bearer, "accept-encoding": "gzip" } },
    { name: "API list, key, If-None-Match", path: COURSE_LIST, headers: { ...bearer, "if-none-match": etag } },
    { name: "API list, key, second page", path: `${COURSE_LIST}?limit=2&cursor=Y2x`, headers: bearer },
    { name: "API list, bad limit", path: `${COURSE_LIST}?limit=0`, headers: bearer },
    { name: "API list, no key", path: COURSE_LIST },
    { name: "API list, unknown key", path: COURSE_LIST, headers: { authorization: `Bearer ba_key_${"A".repeat(43)}` } },
  ];
}

const requestsWith = (cookie: string): Asked[] => [
  { name: "lesson, signed in", path: GATED, cookie },
  { name: "course, signed in", path: `/api/learn/course-state?course=${COURSE}`, cookie },
  { name: "lesson, no session", path: GATED },
  { name: "lesson, no session but the signed-in hint", path: GATED, cookie: "ba-signed-in=1" },
  { name: "lesson, forged session", path: GATED, cookie: forged(cookie) },
  { name: "course, forged session", path: `/api/learn/course-state?course=${COURSE}`, cookie: forged(cookie) },
  { name: "lesson, bad query", path: `/api/learn/lesson-state?course=${COURSE}`, cookie },
  { name: "lesson, no such lesson", path: `/api/learn/lesson-state?course=${COURSE}&lesson=no-such-lesson`, cookie },
  { name: "Q&A, signed in", path: threads, cookie },
  { name: "Q&A top, signed in", path: threads.replace("newest", "top"), cookie },
  { name: "Q&A, no session", path: threads },
  { name: "Q&A, forged session", path: threads, cookie: forged(cookie) },
  { name: "Q&A, bad query", path: "/api/discussions/threads?lessonId=", cookie },
  { name: "Q&A, no such lesson", path: "/api/discussions/threads?lessonId=nosuchlesson0000&sort=newest", cookie },
  { name: "unread, signed in", path: UNREAD, cookie },
  { name: "unread, no session but the signed-in hint", path: UNREAD, cookie: "ba-signed-in=1" },
  { name: "unread, forged session", path: UNREAD, cookie: forged(cookie) },
];

beforeAll(async () => {
  prepareDatabase({ PGLITE_DIR: data.dir });
  const seeded = spawnSync(
    "npx",
    ["--no-install", "tsx", "--import", "./scripts/server-only/register.mjs", "tests/bench/seed-qa.ts", qaFile],
    { env: { ...process.env, PGLITE_DIR: data.dir }, encoding: "utf8", timeout: 180_000 },
  );
  if (seeded.status !== 0) throw new Error(`seed-qa failed: ${seeded.stderr}${seeded.stdout}`);
  const qa = JSON.parse(readFileSync(qaFile, "utf8")) as { lessonId: string; unread: number };
  threads = `/api/discussions/threads?${new URLSearchParams({ lessonId: qa.lessonId, sort: "newest" })}`;
  seededUnread = qa.unread;
  viaServer = await answersThrough("server", async (base) => {
    session = `${await signIn(base, "learner@academy.test", DEMO_PASSWORD)}; ba-signed-in=1`;
    const made = await callServerAction(
      base,
      "/profile",
      { name: "createApiKeyAction", file: "lib/api-keys/actions.ts" },
      { name: "doors", "scope:courses:read": "on" },
      session,
    );
    apiKey = (made.result?.data as { secret?: string } | undefined)?.secret ?? "";
    expect(apiKey, made.result?.error).toMatch(/^ba_key_/);
    return [...requestsWith(session), ...webhookRequests("server"), ...(await apiRequests(base, apiKey))];
  });
  viaNext = await answersThrough("next", async (base) => [
    ...requestsWith(session),
    ...webhookRequests("next"),
    ...(await apiRequests(base, apiKey)),
  ]);
}, 300_000);

afterAll(() => {
  data.cleanup();
  rmSync(qaFile, { force: true });
});

describe("the learner-state endpoints through the server's door and through Next's", () => {
  it("answers a signed-in learner with their state, personal and never stored", () => {
    const answer = viaServer.get("lesson, signed in")!;
    expect(answer.status).toBe(200);
    expect(new Map(answer.headers).get("cache-control")).toBe("private, no-store");
    const body = JSON.parse(answer.body.toString("utf8")) as {
      viewer: { email: string } | null;
      state: { enrolled: boolean; lesson: { content: unknown } } | null;
    };
    expect(body.viewer?.email).toBe("learner@academy.test");
    expect(body.state?.enrolled).toBe(true);
    expect(body.state?.lesson.content).not.toBeNull();
  });

  it("refuses a missing or forged session with the anonymous answer, dropping the signed-in hint", () => {
    for (const name of ["lesson, no session but the signed-in hint", "lesson, forged session"]) {
      const answer = viaServer.get(name)!;
      expect(answer.status, name).toBe(200);
      expect(JSON.parse(answer.body.toString("utf8")), name).toEqual({ viewer: null, state: null });
      expect(new Map(answer.headers).get("cache-control"), name).toBe("private, no-store");
      expect(new Map(answer.headers).get("set-cookie"), name).toMatch(
        /^ba-signed-in=; Path=\/; Expires=Thu, 01 Jan 1970/,
      );
    }
  });

  it("answers the Q&A list and the unread count to the signed-in learner, personal and never stored", () => {
    const list = viaServer.get("Q&A, signed in")!;
    expect(list.status).toBe(200);
    expect(new Map(list.headers).get("cache-control")).toBe("private, no-store");
    const body = JSON.parse(list.body.toString("utf8")) as {
      data: { viewer: { member: boolean }; threads: unknown[] };
    };
    expect(body.data.viewer.member).toBe(true);
    expect(body.data.threads.length).toBeGreaterThan(0);
    const count = viaServer.get("unread, signed in")!;
    expect([count.status, JSON.parse(count.body.toString("utf8"))]).toEqual([
      200,
      { ok: true, data: { unread: seededUnread } },
    ]);
  });

  it("refuses the unread count without a valid session, dropping the signed-in hint", () => {
    for (const name of ["unread, no session but the signed-in hint", "unread, forged session"]) {
      const answer = viaServer.get(name)!;
      expect(answer.status, name).toBe(401);
      expect(new Map(answer.headers).get("set-cookie"), name).toMatch(
        /^ba-signed-in=; Path=\/; Expires=Thu, 01 Jan 1970/,
      );
    }
  });

  it("processes a new webhook event once, answers its repeat as such and refuses a bad signature", () => {
    const outcome = (name: string) => {
      const answer = viaServer.get(name)!;
      return [answer.status, answer.body.toString("utf8")];
    };
    expect(outcome("webhook, new event")).toEqual([200, JSON.stringify({ received: true, outcome: "processed" })]);
    expect(outcome("webhook, repeat")).toEqual([200, JSON.stringify({ received: true, outcome: "duplicate" })]);
    expect(outcome("webhook, bad signature")).toEqual([400, JSON.stringify({ error: "invalid signature" })]);
  });

  it("answers the API's course list to a key, gzipped when asked, 304 to its ETag, and refuses without a key", () => {
    const plain = viaServer.get("API list, key")!;
    const headers = new Map(plain.headers);
    expect(plain.status).toBe(200);
    expect(headers.get("cache-control")).toBe("private, no-cache");
    expect(headers.get("content-encoding")).toBeUndefined();
    const body = JSON.parse(plain.body.toString("utf8")) as { items: { slug: string }[] };
    expect(body.items.map((course) => course.slug)).toContain(COURSE);
    const zipped = viaServer.get("API list, key, gzip")!;
    expect(new Map(zipped.headers).get("content-encoding")).toBe("gzip");
    // fetch unzips: the same bytes as the plain answer.
    expect(zipped.body.equals(plain.body)).toBe(true);
    expect(viaServer.get("API list, key, If-None-Match")!.status).toBe(304);
    expect(viaServer.get("API list, key, second page")!.status).toBe(200);
    expect(viaServer.get("API list, bad limit")!.status).toBe(400);
    for (const name of ["API list, no key", "API list, unknown key"]) {
      const refused = viaServer.get(name)!;
      expect(refused.status, name).toBe(401);
      expect(new Map(refused.headers).get("content-type"), name).toBe("application/problem+json");
    }
  });

  it("gives the same status, headers and bytes through both doors, for every request", () => {
    expect([...viaNext.keys()]).toEqual([...viaServer.keys()]);
    for (const [name, answer] of viaServer) {
      const other = viaNext.get(name)!;
      expect({ name, status: answer.status, headers: answer.headers }).toEqual({
        name,
        status: other.status,
        headers: other.headers,
      });
      expect(answer.body.equals(other.body), `${name}: ${whereTheyDiffer(answer.body, other.body)}`).toBe(true);
    }
  });
});
