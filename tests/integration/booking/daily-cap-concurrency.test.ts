// An advisor's daily cap holds under parallel bookings and reschedules: both recount the advisor's local date
// inside their transaction, queued on a lock for that advisor and date. PGlite runs one transaction at a
// time, so the race only shows on PostgreSQL (TEST_DATABASE_URL); the outcome must be the same on both.
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { createBookingAction, rescheduleBookingByTokenAction } from "@/lib/booking/actions";
import { formatLocalDate, localDateOf } from "@/lib/booking/local-time";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { scopeFor, uniqueIp } from "../auth/helpers";
import { bookingInput, confirmFromMail, createAdvisor, slotAhead } from "./fixtures";

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

const book = (input: Record<string, string>) =>
  runAction(createBookingAction.definition, input, scopeFor(null, uniqueIp()));

async function cappedAdvisor(dailyCap: number) {
  const { advisor } = await createAdvisor(t.db, { timeZone: "Europe/Berlin" });
  await t.db.advisor.update({ where: { id: advisor.id }, data: { dailyCap } });
  return advisor;
}

async function bookingsOnDate(advisorId: string, date: string) {
  const rows = await t.db.booking.findMany({ where: { advisorId, status: { not: "CANCELLED" } } });
  return rows.filter((b) => formatLocalDate(localDateOf(b.startsAt.getTime(), "Europe/Berlin")) === date).length;
}

describe("an advisor's daily cap under concurrency", () => {
  it("cap 1, 10 parallel bookings for different times on one date: exactly 1 booking", async () => {
    const advisor = await cappedAdvisor(1);
    const starts = await Promise.all(
      Array.from({ length: 10 }, (_, i) => slotAhead(advisor.id, 4, i * 2, { fromUtcMidnight: true })),
    );
    const date = formatLocalDate(localDateOf(starts[0]!.getTime(), "Europe/Berlin"));
    const sameDate = starts.filter((s) => formatLocalDate(localDateOf(s.getTime(), "Europe/Berlin")) === date);
    expect(sameDate.length).toBeGreaterThanOrEqual(5);
    const results = await Promise.all(sameDate.map((s) => book(bookingInput(advisor.id, s))));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const lost of results.filter((r) => !r.ok))
      expect(lost).toMatchObject({ ok: false, error: expect.stringMatching(/taken|not available/) });
    expect(await bookingsOnDate(advisor.id, date)).toBe(1);
  });

  it("cap 1, parallel reschedules from other days onto one date: exactly 1 moves", async () => {
    const advisor = await cappedAdvisor(1);
    const tokens: string[] = [];
    for (const day of [3, 4, 5, 6, 7]) {
      const input = bookingInput(advisor.id, await slotAhead(advisor.id, day));
      expect(await book(input)).toMatchObject({ ok: true });
      tokens.push(await confirmFromMail(t.db, input.email));
    }
    const targets = await Promise.all(
      tokens.map((_, i) => slotAhead(advisor.id, 10, i * 2, { fromUtcMidnight: true })),
    );
    const date = formatLocalDate(localDateOf(targets[0]!.getTime(), "Europe/Berlin"));
    const results = await Promise.all(
      tokens.map((token, i) =>
        runAction(
          rescheduleBookingByTokenAction.definition,
          { token, startsAt: targets[i]!.toISOString() },
          scopeFor(null, uniqueIp()),
        ),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await bookingsOnDate(advisor.id, date)).toBe(1);
  });
});
