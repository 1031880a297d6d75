// A public booking holds its time only briefly until the prospect confirms it from the emailed link: the
// advisor hears nothing before, a hold not confirmed within HOLD_MINUTES frees its slot, and confirming twice
// mails once.
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { confirmBookingByTokenAction, createBookingAction } from "@/lib/booking/actions";
import { HOLD_MINUTES, releaseExpiredHolds } from "@/lib/booking/confirmation";
import { findOpenSlots } from "@/lib/booking/queries";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { scopeFor, uniqueIp } from "../auth/helpers";
import { bookingInput, createAdvisor, manageTokenFrom, slotAhead } from "./fixtures";

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

const book = (input: Record<string, string>) =>
  runAction(createBookingAction.definition, input, scopeFor(null, uniqueIp()));
const confirm = (token: string) =>
  runAction(confirmBookingByTokenAction.definition, { token }, scopeFor(null, uniqueIp()));

async function heldMailToken(email: string) {
  const mail = await t.db.emailOutbox.findFirstOrThrow({ where: { to: email, kind: "booking-held" } });
  return manageTokenFrom(mail.text);
}

async function offered(advisorId: string, startsAt: Date) {
  const slots = await findOpenSlots({
    topic: "CAREER_CHANGE",
    advisorId,
    from: new Date(startsAt.getTime() - 3_600_000),
    to: new Date(startsAt.getTime() + 3_600_000),
    now: new Date(),
  });
  return slots.some((slot) => slot.start === startsAt.getTime());
}

/** Moves a booking's creation back, as if the hold had been waiting that long. */
const age = (bookingId: string, minutes: number) =>
  t.db.booking.update({ where: { id: bookingId }, data: { createdAt: new Date(Date.now() - minutes * 60_000) } });

describe("the confirmation window", () => {
  it("confirmed in time: the advisor is told once, with the invite; a second click changes nothing", async () => {
    const { advisor, user: advisorUser } = await createAdvisor(t.db);
    const startsAt = await slotAhead(advisor.id);
    const input = bookingInput(advisor.id, startsAt);
    expect(await book(input)).toMatchObject({ ok: true });
    expect(await offered(advisor.id, startsAt)).toBe(false);
    expect(await t.db.emailOutbox.count({ where: { to: advisorUser.email } })).toBe(0);
    const token = await heldMailToken(input.email);
    const clicks = await Promise.all([confirm(token), confirm(token)]);
    expect(clicks).toEqual([expect.objectContaining({ ok: true }), expect.objectContaining({ ok: true })]);
    expect(await t.db.emailOutbox.count({ where: { to: advisorUser.email, kind: "booking-confirmed-advisor" } })).toBe(
      1,
    );
    expect(await t.db.emailOutbox.count({ where: { to: input.email, kind: "booking-confirmed" } })).toBe(1);
    expect((await t.db.booking.findFirstOrThrow({ where: { email: input.email } })).confirmedAt).not.toBeNull();
    // Long after, a confirmed booking stays.
    await age((await t.db.booking.findFirstOrThrow({ where: { email: input.email } })).id, HOLD_MINUTES * 10);
    expect(await releaseExpiredHolds(t.db, new Date(), advisor.id)).toBe(0);
    expect(await offered(advisor.id, startsAt)).toBe(false);
  });

  it(`not confirmed within ${HOLD_MINUTES} minutes: the slot is free again, the link says so, and someone else can book it`, async () => {
    const { advisor, user: advisorUser } = await createAdvisor(t.db);
    const startsAt = await slotAhead(advisor.id, 4);
    const first = bookingInput(advisor.id, startsAt);
    const created = await book(first);
    if (!created.ok) throw new Error(created.error);
    const token = await heldMailToken(first.email);
    await age(created.data.bookingId, HOLD_MINUTES + 1);

    expect(await offered(advisor.id, startsAt)).toBe(true);
    expect(await confirm(token)).toMatchObject({ ok: false, error: expect.stringContaining("not confirmed in time") });
    const second = bookingInput(advisor.id, startsAt);
    expect(await book(second)).toMatchObject({ ok: true });
    expect(await t.db.booking.findUniqueOrThrow({ where: { id: created.data.bookingId } })).toMatchObject({
      status: "CANCELLED",
    });
    expect(await t.db.emailOutbox.count({ where: { to: advisorUser.email } })).toBe(0);
  });

  it("the minute job releases every expired hold", async () => {
    const { advisor } = await createAdvisor(t.db);
    const input = bookingInput(advisor.id, await slotAhead(advisor.id, 6));
    const created = await book(input);
    if (!created.ok) throw new Error(created.error);
    expect(await releaseExpiredHolds(t.db, new Date())).toBe(0);
    await age(created.data.bookingId, HOLD_MINUTES + 1);
    expect(await releaseExpiredHolds(t.db, new Date())).toBeGreaterThanOrEqual(1);
    expect((await t.db.booking.findUniqueOrThrow({ where: { id: created.data.bookingId } })).status).toBe("CANCELLED");
  });
});
