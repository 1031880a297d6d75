// kill -9 during writes: `npm start` (scripts/start.ts and the server it runs) is killed outright, process group
// and all, while learners enrol, complete lessons and book consultations. The restarted `npm start` is then
// stopped with a SIGTERM to npm alone, which must drain the server and exit 0 after it. Restarted on the same data, every
// write that was answered "ok" is there, and nothing is half-written: each booking has its reminder rows, each
// completed lesson belongs to an enrolment. On PGlite this also covers recovery after an unclean stop (its
// write-ahead log is replayed on open) and the lock that tells a restart the last run did not stop cleanly.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/accounts/password";
import { eventually, opsPort, pgliteDir, prepareDatabase, seededPostgres, signIn, withSql } from "./harness";
import { callServerAction } from "./server-action";
import { trackChild } from "./children";

const serverUrl = process.env.TEST_DATABASE_URL;
const PORT = opsPort(14);
const base = `http://127.0.0.1:${PORT}`;
const PASSWORD = "kill-nine-password-2026";
const LEARNERS = 6;
const FREE = ["backend-career", "building-services-with-frameworks", "http-apis-rest-graphql"];
const ACTIONS = {
  enrol: { name: "enrollAction", file: "lib/learning/actions.ts" },
  complete: { name: "completeLessonAction", file: "lib/learning/actions.ts" },
  book: { name: "createBookingAction", file: "lib/booking/actions.ts" },
};

/** `npm start` as a person runs it; only PORT is set, so the public URL follows it (lib/env.ts). */
function startApp(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const { APP_URL: _unused, ...inherited } = process.env;
  const child = spawn("npm", ["start"], {
    env: {
      ...inherited,
      ...env,
      PORT: String(PORT),
      APP_ENV: "test",
      TRUSTED_PROXY_HOPS: "1",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group: kill -9 reaches npm start and the server it started
  });
  trackChild(child);
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

const ready = async () => (await fetch(`${base}/api/ready`)).status === 200;
const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once("exit", () => resolve()));

type Ack =
  | { kind: "enrolment"; email: string; course: string }
  | { kind: "completion"; email: string; lessonId: string }
  | { kind: "booking"; key: string };

describe(`kill -9 during writes (${serverUrl ? "PostgreSQL" : "PGlite"})`, () => {
  const data = pgliteDir();
  const target: { url?: string; dir?: string } = {};
  let drop: (() => Promise<void>) | undefined;
  let app: ReturnType<typeof startApp> | undefined;
  let lessons: Array<{ id: string; slug: string }> = [];

  beforeAll(async () => {
    if (serverUrl) {
      const scratch = await seededPostgres(serverUrl);
      target.url = scratch.url;
      drop = scratch.drop;
    } else {
      prepareDatabase({ PGLITE_DIR: data.dir });
      target.dir = data.dir;
    }
    const passwordHash = await hashPassword(PASSWORD);
    lessons = await withSql(target, async (sql) => {
      for (let n = 0; n < LEARNERS; n += 1)
        await sql(
          `INSERT INTO "User" (id, email, name, "passwordHash", "emailVerified", "updatedAt")
           VALUES ($1, $2, $3, $4, now(), now())`,
          [`k9learner${n}${randomBytes(4).toString("hex")}`, `k9-${n}@example.test`, `Kill Nine ${n}`, passwordHash],
        );
      // Lessons completed by a click, in course order (a course taken in order refuses later ones: not acked).
      return sql<{ id: string; slug: string }>(
        `SELECT l.id, c.slug FROM "Lesson" l JOIN "Course" c ON c.id = l."courseId" JOIN "Module" m ON m.id = l."moduleId"
         WHERE c.slug = ANY($1) AND l.kind IN ('ARTICLE', 'VIDEO') ORDER BY c.slug, m.position, l.position`,
        [FREE],
      );
    });
  }, 300_000);

  afterAll(async () => {
    if (app?.child.pid && app.child.exitCode === null && app.child.signalCode === null)
      process.kill(-app.child.pid, "SIGKILL");
    await drop?.();
    data.cleanup();
  });

  it("keeps every acknowledged write and leaves none half-written", async () => {
    const env: Record<string, string> = target.url ? { DATABASE_URL: target.url } : { PGLITE_DIR: target.dir! };
    app = startApp(env);
    expect(await eventually(ready, 300_000, 500), app.output()).toBe(true);

    const cookies = await Promise.all(
      Array.from({ length: LEARNERS }, (_, n) => signIn(base, `k9-${n}@example.test`, PASSWORD)),
    );
    const advisor = { topic: "CAREER_CHANGE", advisorId: "", timeZone: "Europe/London" };
    const slotAnswer = (await (await fetch(`${base}/api/booking/slots?${new URLSearchParams(advisor)}`)).json()) as {
      ok: true;
      data: { days: Array<{ slots: Array<{ start: string }> }> };
    };
    const slots = slotAnswer.data.days.flatMap((day) => day.slots.map((slot) => slot.start));
    expect(slots.length).toBeGreaterThan(20);

    const acks: Ack[] = [];
    let attempts = 0;
    let killed = false;
    const call = async (
      page: string,
      action: (typeof ACTIONS)[keyof typeof ACTIONS],
      fields: Record<string, string>,
      cookie?: string,
    ) => {
      attempts += 1;
      try {
        const answer = await callServerAction(base, page, action, fields, cookie);
        return answer.status === 200 && answer.result?.ok === true;
      } catch {
        return false; // the connection died with the server: not acknowledged
      }
    };
    const learner = async (n: number) => {
      const email = `k9-${n}@example.test`;
      const cookie = cookies[n]!;
      for (let round = 0; !killed; round += 1) {
        const course = FREE[round % FREE.length]!;
        if (await call(`/courses/${course}`, ACTIONS.enrol, { courseSlug: course }, cookie))
          acks.push({ kind: "enrolment", email, course });
        for (const lesson of lessons.filter((entry) => entry.slug === course).slice(round, round + 2)) {
          if (killed) break;
          if (await call(`/courses/${course}`, ACTIONS.complete, { lessonId: lesson.id, method: "read" }, cookie))
            acks.push({ kind: "completion", email, lessonId: lesson.id });
        }
        const start = slots[(n * 997 + round * 31) % slots.length]!;
        const key = `k9${n}r${round}${randomBytes(6).toString("hex")}`;
        const booked = await call("/consultation", ACTIONS.book, {
          ...advisor,
          startsAt: start,
          name: `Prospect ${n}`,
          email: `k9-prospect-${n}-${round}@example.test`,
          goal: "Find out what to learn next.",
          idempotencyKey: key,
        });
        if (booked) acks.push({ kind: "booking", key });
        if (killed) break;
      }
    };
    const load = Promise.all(Array.from({ length: LEARNERS }, (_, n) => learner(n)));
    // Mid-load: once writes are being acknowledged, and with requests in flight.
    expect(await eventually(async () => acks.length >= 25, 120_000, 20)).toBe(true);
    process.kill(-app.child.pid!, "SIGKILL");
    killed = true;
    await exited(app.child);
    await load;
    const acknowledged = [...acks];
    console.log(`kill -9 after ${attempts} write attempts, ${acknowledged.length} acknowledged`);

    // Restart on the same data: recovery (PGlite replays its log) and, on PGlite, the warning that says so.
    app = startApp(env);
    expect(await eventually(ready, 300_000, 500), app.output()).toBe(true);
    if (!serverUrl) expect(app.output()).toContain("was not closed cleanly");
    expect(app.output()).toContain(`Backend Academy is running at http://localhost:${PORT}`);
    // SIGTERM to npm's process alone (as a supervisor sends it): npm passes it on, the server drains, and npm
    // exits with the server's code only once the server has closed the database and its port.
    const npmExit = new Promise<number | null>((resolve) => app!.child.once("exit", (code) => resolve(code)));
    process.kill(app.child.pid!, "SIGTERM");
    expect(await npmExit, app.output()).toBe(0);
    expect(app.output()).toContain("shutting down: no new connections, finishing requests in flight");
    expect(app.output()).toContain("stopped cleanly");
    const answered = await fetch(`${base}/api/health`).then(
      () => true,
      () => false,
    );
    expect(answered, "the server still answers after npm start exited").toBe(false);
    if (!serverUrl) expect(existsSync(`${path.resolve(target.dir!)}.lock`)).toBe(false);

    await withSql(target, async (sql) => {
      const enrolments = await sql<{ email: string; slug: string; courseId: string; userId: string }>(
        `SELECT u.email, c.slug, e."courseId", e."userId" FROM "Enrollment" e JOIN "User" u ON u.id = e."userId"
         JOIN "Course" c ON c.id = e."courseId" WHERE u.email LIKE 'k9-%'`,
      );
      const completions = await sql<{
        email: string;
        lessonId: string;
        courseId: string;
        userId: string;
        completedAt: Date | null;
      }>(
        `SELECT u.email, p."lessonId", p."courseId", p."userId", p."completedAt" FROM "LessonProgress" p
         JOIN "User" u ON u.id = p."userId" WHERE u.email LIKE 'k9-%'`,
      );
      const bookings = await sql<{ key: string; status: string; startsAt: Date; createdAt: Date; reminders: number }>(
        `SELECT b."idempotencyKey" AS key, b.status, b."startsAt", b."createdAt",
                (SELECT count(*)::int FROM "BookingReminder" r WHERE r."bookingId" = b.id) AS reminders
         FROM "Booking" b WHERE b.email LIKE 'k9-prospect-%'`,
      );
      for (const ack of acknowledged) {
        if (ack.kind === "enrolment")
          expect(
            enrolments.some((row) => row.email === ack.email && row.slug === ack.course),
            JSON.stringify(ack),
          ).toBe(true);
        if (ack.kind === "completion")
          expect(
            completions.some(
              (row) => row.email === ack.email && row.lessonId === ack.lessonId && row.completedAt !== null,
            ),
            JSON.stringify(ack),
          ).toBe(true);
        if (ack.kind === "booking")
          expect(
            bookings.some((row) => row.key === ack.key && row.status === "CONFIRMED"),
            ack.key,
          ).toBe(true);
      }
      // Nothing half-written, acknowledged or not: a completed lesson belongs to an enrolment in its course, and
      // each booking carries the reminder rows written in its transaction (one per reminder still ahead of it).
      for (const row of completions.filter((entry) => entry.completedAt !== null))
        expect(enrolments.some((e) => e.userId === row.userId && e.courseId === row.courseId)).toBe(true);
      const hour = 3_600_000;
      for (const booking of bookings) {
        const ahead = new Date(booking.startsAt).getTime() - new Date(booking.createdAt).getTime();
        expect(booking.reminders, booking.key).toBe((ahead > 24 * hour ? 1 : 0) + (ahead > hour ? 1 : 0));
      }
      console.log(
        `after restart: ${enrolments.length} enrolments, ${completions.length} progress rows, ${bookings.length} bookings ` +
          `(acknowledged: ${acknowledged.filter((a) => a.kind === "enrolment").length}, ` +
          `${acknowledged.filter((a) => a.kind === "completion").length}, ${acknowledged.filter((a) => a.kind === "booking").length})`,
      );
      expect(acknowledged.some((ack) => ack.kind === "booking")).toBe(true);
    });
  }, 900_000);
});
