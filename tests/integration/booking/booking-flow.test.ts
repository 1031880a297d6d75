// Booking through the real action definitions on a real database: races, idempotency, manage links, invites.
import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { cancelBookingByTokenAction, createBookingAction, rescheduleBookingByTokenAction } from "@/lib/booking/actions";
import { createManageToken } from "@/lib/booking/manage-token";
import { getAuthSecret } from "@/lib/auth/secret";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { latestMail, scopeFor, uniqueIp } from "../auth/helpers";
import { bookingInput, confirmFromMail, createAdvisor, manageTokenFrom, slotAhead } from "./fixtures";

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

const book = (input: Record<string, string>) =>
  runAction(createBookingAction.definition, input, scopeFor(null, uniqueIp()));

type Attachment = { filename: string; contentType: string; content: string };
async function inviteTo(email: string) {
  const mail = await latestMail(t.db, email);
  const attachment = (mail?.attachments as Attachment[] | null)?.[0];
  if (!attachment) throw new Error(`no invite to ${email}`);
  const calendar = new ICAL.Component(ICAL.parse(attachment.content));
  const event = calendar.getFirstSubcomponent("vevent")!;
  return {
    mail: mail!,
    contentType: attachment.contentType,
    method: calendar.getFirstPropertyValue("method"),
    uid: event.getFirstPropertyValue("uid"),
    sequence: event.getFirstPropertyValue("sequence"),
    start: (event.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate().toISOString(),
    end: (event.getFirstPropertyValue("dtend") as ICAL.Time).toJSDate().toISOString(),
    location: event.getFirstPropertyValue("location"),
  };
}

describe("creating a booking", () => {
  it("20 parallel requests for one slot make exactly one booking; the rest hear it was taken, with nearby times", async () => {
    const { advisor } = await createAdvisor(t.db);
    const startsAt = await slotAhead(advisor.id);
    const results = await Promise.all(Array.from({ length: 20 }, () => book(bookingInput(advisor.id, startsAt))));
    const won = results.filter((r) => r.ok);
    expect(won).toHaveLength(1);
    expect(await t.db.booking.count({ where: { advisorId: advisor.id, status: "CONFIRMED" } })).toBe(1);
    for (const lost of results.filter((r) => !r.ok)) {
      expect(lost, JSON.stringify(lost)).toMatchObject({ ok: false, code: "FAILED" });
      if (!lost.ok) {
        expect(lost.error).toMatch(
          /^(This time was just taken|That time is not available)\. The nearest free times \(.+\) are/,
        );
        expect(lost.fieldErrors?.alternatives?.length).toBeGreaterThan(0);
        expect(lost.fieldErrors?.alternatives).not.toContain(startsAt.toISOString());
      }
    }
  });

  it("a retried request with the same idempotency key returns the same booking, also in parallel", async () => {
    const { advisor } = await createAdvisor(t.db);
    const input = bookingInput(advisor.id, await slotAhead(advisor.id));
    const results = await Promise.all(Array.from({ length: 5 }, () => book(input)));
    const ids = new Set(results.map((r) => (r.ok ? r.data.bookingId : r.error)));
    expect(ids.size).toBe(1);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await t.db.booking.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(1);
    const again = await book(input);
    expect(again.ok && again.data.bookingId).toBe([...ids][0]);
    expect(await t.db.emailOutbox.count({ where: { to: input.email } })).toBe(1);
  });

  it("refuses past times, times outside availability, unknown zones, bad emails, oversized text and a filled honeypot, writing nothing", async () => {
    const { advisor } = await createAdvisor(t.db, { rules: [{ weekday: 3, startMinute: 9 * 60, endMinute: 10 * 60 }] });
    const before = await t.db.booking.count();
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ startsAt: new Date(Date.now() - 3_600_000).toISOString() }, /passed/],
      [{ startsAt: new Date(Date.now() + 3 * 86_400_000 + 17 * 60_000).toISOString() }, /not available/],
      [{ timeZone: "Mars/Olympus_Mons" }, /correct the highlighted/],
      [{ email: "not-an-email" }, /correct the highlighted/],
      [{ goal: "x".repeat(1001) }, /correct the highlighted/],
      [{ website: "https://spam.example" }, /could not take/],
    ];
    for (const [overrides, message] of cases) {
      const result = await book(bookingInput(advisor.id, new Date(Date.now() + 4 * 86_400_000), overrides));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(message);
    }
    expect(await t.db.booking.count()).toBe(before);
  });

  it("allows at most 3 open future bookings per email", async () => {
    const { advisor } = await createAdvisor(t.db);
    const email = "busy-prospect@example.test";
    for (let i = 0; i < 3; i += 1)
      expect((await book(bookingInput(advisor.id, await slotAhead(advisor.id, 2 + i), { email }))).ok).toBe(true);
    const fourth = await book(bookingInput(advisor.id, await slotAhead(advisor.id, 6), { email }));
    expect(fourth).toMatchObject({ ok: false, error: expect.stringMatching(/already have 3 upcoming/) });
  });

  it("round-robin gives the slot to the free advisor with the fewest recent bookings", async () => {
    const a = await createAdvisor(t.db, {
      timeZone: "Pacific/Kiritimati",
      rules: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, startMinute: 0, endMinute: 1440 })),
    });
    const startsAt = await slotAhead(a.advisor.id, 8);
    // Everyone free then: the two new advisors and any made by other tests; the busiest must not be chosen.
    await book(bookingInput(a.advisor.id, await slotAhead(a.advisor.id, 9)));
    const result = await book(bookingInput("", startsAt));
    expect(result.ok).toBe(true);
    const booking = await t.db.booking.findFirstOrThrow({ where: { startsAt, status: "CONFIRMED" } });
    expect(booking.advisorId).not.toBe(a.advisor.id);
  });
});

describe("invites and manage links", () => {
  it("mails both sides an .ics that ical.js reads back: METHOD:REQUEST, stable UID, SEQUENCE bumped on change, METHOD:CANCEL", async () => {
    const { advisor, user: advisorUser } = await createAdvisor(t.db);
    const startsAt = await slotAhead(advisor.id);
    const input = bookingInput(advisor.id, startsAt);
    const created = await book(input);
    if (!created.ok) throw new Error(created.error);
    // Nothing is sent to the advisor, and no invite, before the prospect confirms from the emailed link.
    expect(await latestMail(t.db, advisorUser.email)).toBeNull();
    expect((await latestMail(t.db, input.email))?.attachments ?? []).toEqual([]);
    await confirmFromMail(t.db, input.email);

    const first = await inviteTo(input.email);
    expect(first).toMatchObject({
      method: "REQUEST",
      uid: `${created.data.bookingId}@consultations.backend-academy`,
      sequence: 0,
      start: startsAt.toISOString(),
      end: new Date(startsAt.getTime() + 30 * 60_000).toISOString(),
      location: "https://meet.example.test/room",
    });
    expect(first.contentType).toContain("method=REQUEST");
    expect((await inviteTo(advisorUser.email)).uid).toBe(first.uid);

    const token = manageTokenFrom(first.mail.text);
    const later = await slotAhead(advisor.id, 5);
    const moved = await runAction(
      rescheduleBookingByTokenAction.definition,
      { token, startsAt: later.toISOString() },
      scopeFor(null),
    );
    expect(moved.ok).toBe(true);
    const second = await inviteTo(input.email);
    expect(second).toMatchObject({ method: "REQUEST", uid: first.uid, sequence: 1, start: later.toISOString() });

    // The first link was replaced: it can no longer change anything.
    const reused = await runAction(cancelBookingByTokenAction.definition, { token }, scopeFor(null));
    expect(reused).toMatchObject({ ok: false, error: expect.stringMatching(/replaced by a newer one/) });

    const cancelled = await runAction(
      cancelBookingByTokenAction.definition,
      { token: manageTokenFrom(second.mail.text) },
      scopeFor(null),
    );
    expect(cancelled.ok).toBe(true);
    const again = await runAction(
      cancelBookingByTokenAction.definition,
      { token: manageTokenFrom(second.mail.text) },
      scopeFor(null),
    );
    expect(again).toMatchObject({ ok: false, error: expect.stringMatching(/is cancelled/) });
    const third = await inviteTo(input.email);
    expect(third).toMatchObject({ method: "CANCEL", uid: first.uid, sequence: 2 });
    expect(third.contentType).toContain("method=CANCEL");
    expect(await t.db.bookingReminder.count({ where: { bookingId: created.data.bookingId, sentAt: null } })).toBe(0);

    // Cancelling freed the slot for someone else.
    expect((await book(bookingInput(advisor.id, later))).ok).toBe(true);
  });

  it("refuses a tampered or expired link and changes nothing", async () => {
    const { advisor } = await createAdvisor(t.db);
    const input = bookingInput(advisor.id, await slotAhead(advisor.id));
    const created = await book(input);
    if (!created.ok) throw new Error(created.error);
    const token = manageTokenFrom((await latestMail(t.db, input.email))!.text);
    const tampered = token.slice(0, -2) + (token.endsWith("AA") ? "BB" : "AA");
    expect(await runAction(cancelBookingByTokenAction.definition, { token: tampered }, scopeFor(null))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not valid/),
    });
    const otherBooking = token.replace(created.data.bookingId, "bk000000000000000000000000");
    expect(
      await runAction(cancelBookingByTokenAction.definition, { token: otherBooking }, scopeFor(null)),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/not valid/) });
    const expired = createManageToken(getAuthSecret(), created.data.bookingId, Date.now() - 1000);
    expect(await runAction(cancelBookingByTokenAction.definition, { token: expired }, scopeFor(null))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/expired/),
    });
    expect((await t.db.booking.findUniqueOrThrow({ where: { id: created.data.bookingId } })).status).toBe("CONFIRMED");
  });

  it("closes changes two hours before the call", async () => {
    const { advisor } = await createAdvisor(t.db);
    const soon = await slotAhead(advisor.id, 0.02); // ~30 minutes ahead
    const input = bookingInput(advisor.id, soon);
    const created = await book(input);
    if (!created.ok) throw new Error(created.error);
    const token = manageTokenFrom((await latestMail(t.db, input.email))!.text);
    expect(await runAction(cancelBookingByTokenAction.definition, { token }, scopeFor(null))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Changes are closed/),
    });
  });
});

describe("rate limits", () => {
  it("limits bookings per email, answering with when to try again", async () => {
    const { advisor } = await createAdvisor(t.db);
    const email = "hammering@example.test";
    const results = [];
    for (let i = 0; i < 11; i += 1)
      results.push(await book(bookingInput(advisor.id, new Date(Date.now() - 60_000), { email })));
    expect(results.slice(0, 10).every((r) => !r.ok && r.code === "FAILED")).toBe(true);
    expect(results[10]).toMatchObject({ ok: false, code: "RATE_LIMITED", retryAfterSeconds: expect.any(Number) });
  });
});

describe("the database guard", () => {
  it("refuses a booking whose buffers overlap another's, even when the meetings themselves do not", async () => {
    const { advisor } = await createAdvisor(t.db, { bufferMinutes: 15 });
    const startsAt = await slotAhead(advisor.id);
    const created = await book(bookingInput(advisor.id, startsAt));
    if (!created.ok) throw new Error(created.error);
    expect((await t.db.booking.findUniqueOrThrow({ where: { id: created.data.bookingId } })).blockEnd?.getTime()).toBe(
      startsAt.getTime() + 45 * 60_000,
    );
    const next = new Date(startsAt.getTime() + 30 * 60_000);
    // Straight to the database, past the slot check: the exclusion constraint alone must refuse it.
    const error = await t.db.booking
      .create({
        data: {
          advisorId: advisor.id,
          startsAt: next,
          endsAt: new Date(next.getTime() + 30 * 60_000),
          blockStart: next,
          blockEnd: new Date(next.getTime() + 45 * 60_000),
          name: "X",
          email: "x@example.test",
          timeZone: "UTC",
          manageTokenHash: `h-${next.getTime()}`,
        },
      })
      .catch((e: unknown) => e);
    expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).toContain("23P01");
    // And the slot list agrees: the next free start is after the buffer.
    const result = await book(bookingInput(advisor.id, next));
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/not available/) });
  });
});
