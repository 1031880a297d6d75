// The cohort home's and the review queue's member parts (GET /api/cohorts/home, /api/cohorts/review-queue) through
// both doors: the function as the route files call it and the server's own door (lib/http/web-endpoints.ts, what
// scripts/serve.ts puts in front of Next) answer the same request with the same status and bytes, personal and never
// stored; a non-member, another cohort's member or mentor, and a missing or forged session are refused alike. And
// the pages' shells (lib/http/member-shells.ts, with the gates the pages offer): kept once Next answered an allowed
// request, given only to those the page's gate allows; everyone else, and anything but a plain GET of the page,
// goes on to Next.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAuthSecret } from "@/lib/auth/secret";
import { sessionCookieName } from "@/lib/auth/session/cookies";
import { cohortHomeAnswer, COHORT_HOME_PATH } from "@/lib/cohort-views/home-answer";
import "@/lib/cohorts/page-gates";
import { COHORT_HOME_SHELL, REVIEW_QUEUE_SHELL, withMemberShells } from "@/lib/http/member-shells";
import { withWebEndpoints } from "@/lib/http/web-endpoints";
import { REVIEW_QUEUE_PATH, reviewQueueAnswer } from "@/lib/cohort-views/review-queue-answer";
import { signedInClaims } from "../../helpers/sessions";
import { useTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { addMember, createProjectCourse } from "../projects/fixtures";

let t: TestDatabase;
let server: Server;
let base = "";
/** What reached Next (the stand-in below), by path. */
const reachedNext: string[] = [];
const FIXED: [string, string][] = [["X-Content-Type-Options", "nosniff"]];

type Person = { id: string; sessionVersion: number };
let people: Record<"member" | "otherMember" | "otherCohort" | "mentor" | "otherMentor" | "learner", Person>;
let cohortId = "";
let januaryId = "";
let submissionId = "";

beforeAll(async () => {
  t = await useTestDatabase();
  const made = await createProjectCourse(t.db);
  cohortId = made.april.id;
  januaryId = made.january.id;
  const otherMentor = await addMember(t.db, made.course, made.january.id, "other-mentor");
  await t.db.enrollment.deleteMany({ where: { userId: otherMentor.id } });
  await t.db.cohortMentor.create({ data: { cohortId: made.january.id, userId: otherMentor.id } });
  people = {
    member: await addMember(t.db, made.course, cohortId, "member"),
    otherMember: await addMember(t.db, made.course, cohortId, "other-member"),
    otherCohort: await addMember(t.db, made.course, made.january.id, "january"),
    mentor: made.mentor,
    otherMentor,
    learner: await t.db.user.create({
      data: { email: "learner-doors@example.test", name: "learner", emailVerified: new Date() },
      select: { id: true, sessionVersion: true },
    }),
  };
  submissionId = (
    await t.db.projectSubmission.create({
      data: {
        projectId: made.projects.text.id,
        cohortId,
        userId: people.member.id,
        attempt: 1,
        textAnswer: "My answer",
      },
      select: { id: true },
    })
  ).id;
  // What reaches Next in the server: a stand-in page, so a test sees which requests the doors let through.
  const next = (request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? "/").split("?")[0]!;
    reachedNext.push(path);
    const refused = request.headers["x-stand-in-refuses"] !== undefined;
    response.writeHead(refused ? 404 : 200, { "content-type": "text/html; charset=utf-8" });
    response.end(refused ? "not found" : `<main>shell of ${path}</main>`);
  };
  const shells = withMemberShells(next, [COHORT_HOME_SHELL, REVIEW_QUEUE_SHELL], {
    onError: (error) => {
      throw error;
    },
  });
  const doors = withWebEndpoints(
    withWebEndpoints(shells, [COHORT_HOME_PATH], { headers: FIXED, onError: () => {} }),
    [REVIEW_QUEUE_PATH],
    { headers: FIXED, onError: () => {} },
  );
  server = createServer((request, response) => void doors(request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server?.close(() => resolve())));

async function sessionCookie(user: Person): Promise<string> {
  const claims = await signedInClaims(t.db, user, Math.floor(Date.now() / 1000));
  const value = await encode({ token: claims, secret: getAuthSecret(), maxAge: 30 * 24 * 60 * 60 });
  return `${sessionCookieName()}=${value}; ba-signed-in=1`;
}

type Answer = { status: number; cacheControl: string | null; body: Buffer };

async function read(response: Response): Promise<Answer> {
  return {
    status: response.status,
    cacheControl: response.headers.get("cache-control"),
    body: Buffer.from(await response.arrayBuffer()),
  };
}

/** The same request through both doors. */
async function bothDoors(path: string, cookie?: string): Promise<{ route: Answer; door: Answer }> {
  const headers = cookie ? { cookie } : undefined;
  const answer = path.startsWith(COHORT_HOME_PATH) ? cohortHomeAnswer : reviewQueueAnswer;
  const route = await read(await answer(new NextRequest(`http://localhost${path}`, { headers })));
  const door = await read(await fetch(base + path, { headers }));
  return { route, door };
}

const homeOf = (id: string) => `${COHORT_HOME_PATH}?cohortId=${id}`;
const queueOf = (id: string) => `${REVIEW_QUEUE_PATH}?cohortId=${id}`;

describe("the cohort home's and the review queue's JSON, through both doors", () => {
  it("give the member their home and the mentor the queue, the same bytes, private and never stored", async () => {
    const home = await bothDoors(homeOf(cohortId), await sessionCookie(people.member));
    // The same answer but for the moment each was made (the countdown's clock).
    const untimed = (answer: Answer) => ({
      ...answer,
      body: answer.body.toString("utf8").replace(/"now":"[^"]+"/, ""),
    });
    expect(untimed(home.door)).toEqual(untimed(home.route));
    expect(home.door.status).toBe(200);
    expect(home.door.cacheControl).toBe("private, no-store");
    const body = JSON.parse(home.door.body.toString("utf8")) as { ok: boolean; data: Record<string, unknown> };
    expect(body.data).toMatchObject({ viewer: "member", cohort: { id: cohortId } });
    expect(body.data.feed).toMatchObject({ webcalUrl: expect.stringMatching(/^webcal:/) });
    // The room's address never leaves the server: a session says only whether its link is open.
    expect(home.door.body.toString("utf8")).not.toContain("joinUrl");

    const queue = await bothDoors(queueOf(cohortId), await sessionCookie(people.mentor));
    expect(queue.door).toEqual(queue.route);
    expect(queue.door.status).toBe(200);
    expect(queue.door.cacheControl).toBe("private, no-store");
    const listed = JSON.parse(queue.door.body.toString("utf8")) as { data: { items: { id: string }[] } };
    expect(listed.data.items.map((item) => item.id)).toEqual([submissionId]);
  });

  it("refuse a non-member, another cohort's member and mentor, no session and a forged one alike", async () => {
    const member = await sessionCookie(people.member);
    const refused: [string, string | undefined][] = [
      ["learner", await sessionCookie(people.learner)],
      ["other cohort's member", await sessionCookie(people.otherCohort)],
      ["other cohort's mentor", await sessionCookie(people.otherMentor)],
      ["anonymous", undefined],
      ["forged", member.replace(/=([^;]{10})/, "=AAAAAAAAAA")],
    ];
    // A refusal is the answer for no such cohort at all.
    const none = await bothDoors(homeOf("no-such-cohort"), member);
    const noQueue = await bothDoors(queueOf("no-such-cohort"), await sessionCookie(people.mentor));
    for (const [who, cookie] of refused) {
      for (const path of [homeOf(cohortId), queueOf(cohortId)]) {
        const { route, door } = await bothDoors(path, cookie);
        expect(door, `${who} ${path}`).toEqual(route);
        if (cookie === undefined || who === "forged") expect(door.status, `${who} ${path}`).toBe(401);
        else expect(door, `${who} ${path}`).toEqual(path.startsWith(COHORT_HOME_PATH) ? none.door : noQueue.door);
        expect(JSON.parse(door.body.toString("utf8")), `${who} ${path}`).toMatchObject({ ok: false });
        expect(door.body.toString("utf8"), `${who} ${path}`).not.toContain(submissionId);
        expect(door.cacheControl, `${who} ${path}`).toBe("private, no-store");
      }
    }
    // A member is not the cohort's staff: no queue.
    const { door } = await bothDoors(queueOf(cohortId), member);
    expect(door).toEqual(noQueue.door);
  });
});

describe("the pages' shells (lib/http/member-shells.ts)", () => {
  const get = async (path: string, cookie?: string, headers: Record<string, string> = {}) => {
    const before = reachedNext.length;
    const response = await fetch(base + path, { headers: { ...headers, ...(cookie ? { cookie } : {}) } });
    return {
      status: response.status,
      kept: response.headers.get("x-member-shell") === "HIT",
      body: await response.text(),
      reachedNext: reachedNext.length > before,
    };
  };

  it("keep Next's shell for an allowed member and give it to the next one without asking Next", async () => {
    const home = `/cohorts/${cohortId}`;
    const first = await get(home, await sessionCookie(people.member));
    expect(first).toMatchObject({ status: 200, kept: false, reachedNext: true });
    const second = await get(home, await sessionCookie(people.otherMember));
    expect(second).toMatchObject({ status: 200, kept: true, reachedNext: false, body: first.body });
    // The cohort's mentor may see the home too; the queue is theirs alone.
    expect(await get(home, await sessionCookie(people.mentor))).toMatchObject({ kept: true, reachedNext: false });
    const queue = `/cohorts/${cohortId}/reviews`;
    expect(await get(queue, await sessionCookie(people.mentor))).toMatchObject({ kept: false, reachedNext: true });
    expect(await get(queue, await sessionCookie(people.mentor))).toMatchObject({ kept: true, reachedNext: false });
  });

  it("send everyone else, and anything but a plain GET of the page, on to Next", async () => {
    const home = `/cohorts/${cohortId}`;
    const queue = `/cohorts/${cohortId}/reviews`;
    const member = await sessionCookie(people.member);
    await get(home, member); // kept, if not already
    for (const [who, path, cookie, headers] of [
      ["anonymous", home, undefined, {}],
      ["forged", home, member.replace(/=([^;]{10})/, "=AAAAAAAAAA"), {}],
      ["learner", home, await sessionCookie(people.learner), {}],
      ["other cohort's member", home, await sessionCookie(people.otherCohort), {}],
      ["other cohort's mentor", home, await sessionCookie(people.otherMentor), {}],
      ["member, the queue", queue, member, {}],
      ["other cohort's mentor, the queue", queue, await sessionCookie(people.otherMentor), {}],
      ["member, a query", `${home}?join=closed`, member, {}],
      ["member, an RSC request", home, member, { rsc: "1" }],
      ["member, a trailing slash", `${home}/`, member, {}],
    ] as const) {
      const answer = await get(path, cookie, headers);
      expect(answer, who).toMatchObject({ kept: false, reachedNext: true });
    }
  });

  it("keep no answer Next refused, even for a request the gate allowed", async () => {
    // As when the cohort went away between the gate and the page: only a 200 HTML answer is kept.
    const queue = `/cohorts/${januaryId}/reviews`;
    const cookie = await sessionCookie(people.otherMentor);
    const refused = await get(queue, cookie, { "x-stand-in-refuses": "1" });
    expect(refused).toMatchObject({ status: 404, kept: false, reachedNext: true });
    expect(await get(queue, cookie)).toMatchObject({ status: 200, kept: false, reachedNext: true });
    expect(await get(queue, cookie)).toMatchObject({ status: 200, kept: true, reachedNext: false });
  });
});
