// The text of a member's session invite and reminder writes the time in their zone with the clock they chose in
// profile settings (User.hour12), as their cohort pages do; someone who never chose reads 24 h.
import { beforeAll, describe, expect, it } from "vitest";
import { sendDueCohortInvites } from "@/lib/cohorts/send-invites";
import { sendDueCohortReminders } from "@/lib/cohorts/send-reminders";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { deliverTestProviderEventsInProcess } from "../payments/fixtures";
import { buySeat, createCohortCourse } from "./fixtures";

let t: TestDatabase;
const HOUR = 3_600_000;

beforeAll(async () => {
  t = await useTestDatabase();
  deliverTestProviderEventsInProcess();
});

const textsTo = async (email: string, kind: string) =>
  (await t.db.emailOutbox.findMany({ where: { to: email, kind }, select: { text: true } })).map((m) => m.text);

describe("cohort mail in the member's clock", () => {
  it("writes 6:00 PM for a 12-hour member and 18:00 for the others, in their zone", async () => {
    const { course, april } = await createCohortCourse(t.db);
    const startsAt = new Date(Date.now() + 23 * HOUR);
    await t.db.cohortSession.create({
      data: { cohortId: april.id, title: "Clock session", startsAt, endsAt: new Date(startsAt.getTime() + HOUR) },
    });
    const twelve = await buySeat(t.db, course, april.id, "twelve");
    const never = await buySeat(t.db, course, april.id, "never");
    await t.db.user.update({
      where: { id: twelve.learner.id },
      data: { hour12: true, timeZone: "America/Los_Angeles" },
    });
    await t.db.user.update({ where: { id: never.learner.id }, data: { timeZone: "America/Los_Angeles" } });

    await sendDueCohortInvites();
    await sendDueCohortReminders();

    const pacific = /, Pacific (Standard|Daylight) Time/;
    for (const kind of ["cohort-session-invite", "cohort-session-reminder"]) {
      const [twelveText] = await textsTo(twelve.learner.email, kind);
      const [neverText] = await textsTo(never.learner.email, kind);
      expect(twelveText).toMatch(new RegExp(`at \\d{1,2}:\\d{2} (AM|PM)${pacific.source}`));
      expect(neverText).toMatch(new RegExp(`at \\d{2}:\\d{2}${pacific.source}`));
      expect(neverText).not.toMatch(/\d (AM|PM)/);
    }
  });
});
