// The reschedule picker asks for free times with the booking's manage link: the times its own buffers block
// are free to it, and to nobody else; its own time is not offered back.
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { createBookingAction } from "@/lib/booking/actions";
import { slotsDefinition } from "@/lib/booking/definitions";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { latestMail, scopeFor, uniqueIp } from "../auth/helpers";
import { bookingInput, createAdvisor, manageTokenFrom, slotAhead } from "./fixtures";

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

async function freeStarts(advisorId: string, manage?: string) {
  const query = { topic: "CAREER_CHANGE", advisorId, timeZone: "Europe/London", ...(manage ? { manage } : {}) };
  const result = await runAction(slotsDefinition, query, scopeFor(null, uniqueIp()));
  if (!result.ok) return result;
  return new Set(result.data.days.flatMap((day) => day.slots.map((slot) => slot.start)));
}

describe("free times for a reschedule", () => {
  it("free the booking's own neighbourhood only for its manage link; a forged link is refused", async () => {
    const { advisor } = await createAdvisor(t.db, { bufferBeforeMinutes: 30, bufferMinutes: 30 });
    const startsAt = await slotAhead(advisor.id);
    const input = bookingInput(advisor.id, startsAt);
    const booked = await runAction(createBookingAction.definition, input, scopeFor(null, uniqueIp()));
    expect(booked.ok).toBe(true);
    const token = manageTokenFrom((await latestMail(t.db, input.email))!.text);

    const anyone = await freeStarts(advisor.id);
    expect(anyone).toBeInstanceOf(Set);
    expect((anyone as Set<string>).has(startsAt.toISOString())).toBe(false);

    const holder = (await freeStarts(advisor.id, token)) as Set<string>;
    expect(holder.has(startsAt.toISOString())).toBe(false);
    const freedByItsBuffers = [...holder].filter((start) => !(anyone as Set<string>).has(start));
    expect(freedByItsBuffers.length).toBeGreaterThan(0);
    for (const start of freedByItsBuffers)
      expect(Math.abs(new Date(start).getTime() - startsAt.getTime())).toBeLessThan(2 * 60 * 60 * 1000);

    const forged = `${token.slice(0, -4)}AAAA`;
    expect(await freeStarts(advisor.id, forged)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not valid/),
    });
  });
});
