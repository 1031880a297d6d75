// The job runner on the test database (PGlite through executeSql, or PostgreSQL with its own pool), and
// booking reminders sent by it: once, across a restart of the runner, never for a cancelled booking.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { cancelBookingByTokenAction, createBookingAction } from "@/lib/booking/actions";
import { BOOKING_REMINDERS_JOB, bookingJobs } from "@/lib/booking/jobs";
import { sendDueReminders } from "@/lib/booking/send-reminders";
import { JOBS } from "@/lib/worker/registry";
import { startJobRunner, type JobRunner } from "@/lib/jobs/runner";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { latestMail, scopeFor, uniqueIp } from "../auth/helpers";
import { bookingInput, confirmFromMail, createAdvisor, manageTokenFrom, slotAhead } from "../booking/fixtures";

let t: TestDatabase;
const running: JobRunner[] = [];
beforeAll(async () => {
  t = await useTestDatabase();
});
afterAll(async () => {
  for (const runner of running) await runner.stop().catch(() => undefined);
});

async function start(jobs = JOBS) {
  const runner = await startJobRunner({ jobs, connection: t.jobs, pollingIntervalSeconds: 0.5, log: () => undefined });
  running.push(runner);
  return runner;
}

async function settle(runner: JobRunner, name: string, id: string) {
  for (let i = 0; i < 120; i += 1) {
    const state = await runner.stateOf(name, id);
    if (state === "completed" || state === "failed") return state;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`job ${name} did not finish`);
}

/** A booking whose reminders are made due by moving their time into the past, as if the day had passed. */
async function bookingWithDueReminder(kind: "24h" | "1h") {
  const { advisor } = await createAdvisor(t.db);
  const input = bookingInput(advisor.id, await slotAhead(advisor.id, 2));
  const created = await runAction(createBookingAction.definition, input, scopeFor(null, uniqueIp()));
  if (!created.ok) throw new Error(created.error);
  // Reminders go out only for a booking the prospect confirmed from the emailed link.
  await confirmFromMail(t.db, input.email);
  await t.db.bookingReminder.updateMany({
    where: { bookingId: created.data.bookingId, kind },
    data: { dueAt: new Date(Date.now() - 1000) },
  });
  return { input, bookingId: created.data.bookingId };
}

const reminderMails = (to: string) => t.db.emailOutbox.count({ where: { to, kind: "booking-reminder" } });

describe("job runner", () => {
  it("runs a registered job and reports it completed", async () => {
    const seen: unknown[] = [];
    const runner = await start([{ name: "test.echo", handler: async (data) => void seen.push(data) }]);
    const id = await runner.send("test.echo", { hello: "world" });
    expect(await settle(runner, "test.echo", id)).toBe("completed");
    expect(seen).toEqual([{ hello: "world" }]);
    await expect(runner.send("test.unknown")).rejects.toThrow(/no job named/);
    await runner.stop();
  });

  it("registers the booking reminders on a one-minute schedule", () => {
    expect(JOBS.map((job) => job.name)).toContain(BOOKING_REMINDERS_JOB);
    expect(bookingJobs[0]?.cron).toBe("* * * * *");
  });
});

describe("booking reminders", () => {
  it("are written with the booking: 24 hours and 1 hour before", async () => {
    const { advisor } = await createAdvisor(t.db);
    const startsAt = await slotAhead(advisor.id, 3);
    const created = await runAction(
      createBookingAction.definition,
      bookingInput(advisor.id, startsAt),
      scopeFor(null, uniqueIp()),
    );
    if (!created.ok) throw new Error(created.error);
    const rows = await t.db.bookingReminder.findMany({
      where: { bookingId: created.data.bookingId },
      orderBy: { dueAt: "asc" },
    });
    expect(rows.map((r) => [r.kind, startsAt.getTime() - r.dueAt.getTime()])).toEqual([
      ["24h", 86_400_000],
      ["1h", 3_600_000],
    ]);
  });

  it("are sent once by the runner, and not again after the runner restarts", async () => {
    const { input } = await bookingWithDueReminder("24h");
    const first = await start();
    expect(await settle(first, BOOKING_REMINDERS_JOB, await first.send(BOOKING_REMINDERS_JOB))).toBe("completed");
    expect(await reminderMails(input.email)).toBe(1);
    expect((await latestMail(t.db, input.email))?.subject).toBe("Tomorrow: your career consultation");
    await first.stop();

    const second = await start();
    expect(await settle(second, BOOKING_REMINDERS_JOB, await second.send(BOOKING_REMINDERS_JOB))).toBe("completed");
    expect(await reminderMails(input.email)).toBe(1);
    await second.stop();
  });

  it("are claimed once when several workers run at the same moment", async () => {
    const { input } = await bookingWithDueReminder("1h");
    await Promise.all([sendDueReminders(), sendDueReminders(), sendDueReminders()]);
    expect(await reminderMails(input.email)).toBe(1);
  });

  it("are never sent for a cancelled booking", async () => {
    const { input } = await bookingWithDueReminder("24h");
    const token = manageTokenFrom((await latestMail(t.db, input.email))!.text);
    expect((await runAction(cancelBookingByTokenAction.definition, { token }, scopeFor(null))).ok).toBe(true);
    await sendDueReminders();
    expect(await reminderMails(input.email)).toBe(0);
  });
});
