// A new advisor profile stays off the consultation page (and offers no slots) until it is complete; the
// advisor fills it in and the admin's list says what is missing meanwhile.
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { createAdvisorProfile, listAdvisorsForAdmin } from "@/lib/booking/admin-service";
import { findOpenSlots, listPublicAdvisors } from "@/lib/booking/queries";
import { saveAdvisorProfileAction } from "@/lib/users/actions";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";

let t: TestDatabase;

beforeAll(async () => {
  t = await useTestDatabase();
});

const isListed = async (advisorId: string) => (await listPublicAdvisors()).some((a) => a.id === advisorId);

describe("advisor profile completeness", () => {
  it("publishes a new profile only once it has a bio, a language and weekly hours", async () => {
    const admin = await t.db.user.create({ data: { email: "boss@example.test", role: "ADMIN" } });
    await t.db.user.create({ data: { email: "new-advisor@example.test", name: "Noor", emailVerified: new Date() } });
    const { advisorId } = await createAdvisorProfile(
      admin.id,
      { email: "new-advisor@example.test", headline: "Career switches", timeZone: "UTC" },
      "203.0.113.1",
    );
    expect(await isListed(advisorId)).toBe(false);
    // A whole UTC day three days ahead (from its midnight, whatever the time now): the rule opens that weekday all day.
    const from = new Date(Date.now() + 3 * 86_400_000);
    from.setUTCHours(0, 0, 0, 0);
    const slots = () =>
      findOpenSlots({
        topic: "CAREER_CHANGE",
        advisorId,
        from,
        to: new Date(from.getTime() + 86_400_000),
        now: new Date(),
      });
    await t.db.availabilityRule.create({
      data: { advisorId, weekday: from.getUTCDay(), startMinute: 0, endMinute: 1440 },
    });
    expect(await slots()).toEqual([]);
    expect((await listAdvisorsForAdmin()).find((a) => a.id === advisorId)?.gaps).toEqual([
      "Write a bio of at least 40 characters.",
      "Say which languages you advise in.",
    ]);

    const advisorUser = await t.db.user.findUniqueOrThrow({ where: { email: "new-advisor@example.test" } });
    const saved = await runAction(
      saveAdvisorProfileAction.definition,
      {
        headline: "Career switches",
        bio: "Ten years hiring backend engineers; I help people switch careers.",
        languages: "English, Arabic, English",
      },
      scopeFor(claimsOf(advisorUser)),
    );
    expect(saved).toEqual({ ok: true, data: { gaps: [] } });
    expect(await t.db.advisor.findUniqueOrThrow({ where: { id: advisorId } })).toMatchObject({
      languages: ["English", "Arabic"],
    });
    expect(await isListed(advisorId)).toBe(true);
    expect((await slots()).length).toBeGreaterThan(0);
  });
});
