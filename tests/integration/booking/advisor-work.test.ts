// An advisor's own work through the real actions: availability, overrides, outcome, cancelling, learning plans.
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import * as actions from "@/lib/booking/actions";
import { listLearningPlansForUser } from "@/lib/booking/learning-plan";
import { findOpenSlots } from "@/lib/booking/queries";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { createUser } from "@/tests/helpers/fixtures";
import { claimsOf, latestMail, scopeFor, uniqueIp } from "../auth/helpers";
import { bookingInput, createAdvisor, slotAhead } from "./fixtures";

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

const availability = (overrides: Record<string, string> = {}) => ({
  hours_mon: "",
  hours_tue: "",
  hours_wed: "",
  hours_thu: "",
  hours_fri: "",
  hours_sat: "",
  hours_sun: "",
  timeZone: "Europe/London",
  meetingMinutes: "30",
  bufferBeforeMinutes: "0",
  bufferMinutes: "0",
  minNoticeHours: "0",
  horizonDays: "60",
  dailyCap: "",
  changeCutoffHours: "2",
  videoUrl: "https://meet.example.test/new",
  ...overrides,
});

async function course(slug: string, title: string) {
  const instructor = await createUser(t.db, { role: "INSTRUCTOR" });
  return t.db.course.create({
    data: {
      slug,
      title,
      summary: "S",
      description: "D",
      topic: "APIS",
      level: "BEGINNER",
      format: "SELF_PACED",
      status: "PUBLISHED",
      instructorId: instructor.id,
      publishedAt: new Date(),
    },
  });
}

describe("advisor work", () => {
  it("saving weekly hours replaces the rules and changes the bookable slots; bad ranges are refused whole", async () => {
    const { advisor, user } = await createAdvisor(t.db);
    const scope = scopeFor(claimsOf(user));
    expect(
      await runAction(
        actions.saveAvailabilityAction.definition,
        availability({ hours_sat: "10:00-11:00", minutes_INTERVIEW_PREP: "60" }),
        scope,
      ),
    ).toMatchObject({ ok: true, data: { rules: 1 } });
    const rules = await t.db.availabilityRule.findMany({ where: { advisorId: advisor.id } });
    expect(rules).toEqual([expect.objectContaining({ weekday: 6, startMinute: 600, endMinute: 660 })]);
    const from = new Date(Date.now() + 86_400_000);
    const slots = await findOpenSlots({
      topic: "CAREER_CHANGE",
      advisorId: advisor.id,
      from,
      to: new Date(from.getTime() + 7 * 86_400_000),
      now: new Date(),
    });
    expect(slots).toHaveLength(2);
    expect(
      await findOpenSlots({
        topic: "INTERVIEW_PREP",
        advisorId: advisor.id,
        from,
        to: new Date(from.getTime() + 7 * 86_400_000),
        now: new Date(),
      }),
    ).toHaveLength(1);

    const bad = await runAction(
      actions.saveAvailabilityAction.definition,
      availability({ hours_mon: "17:00-09:00", hours_tue: "09:00-10:00" }),
      scope,
    );
    expect(bad).toMatchObject({ ok: false, fieldErrors: { hours_mon: [expect.stringMatching(/ends before/)] } });
    expect(await t.db.availabilityRule.count({ where: { advisorId: advisor.id } })).toBe(1);
  });

  it("a mentor's calls-only profile saves its hours and keeps the topic lengths its form does not show", async () => {
    const { advisor, user } = await createAdvisor(t.db);
    await t.db.user.update({ where: { id: user.id }, data: { role: "LEARNER" } });
    await t.db.advisor.update({
      where: { id: advisor.id },
      data: { consults: false, topicMinutes: { INTERVIEW_PREP: 60 } },
    });
    const scope = scopeFor(claimsOf(user));
    expect(
      await runAction(actions.saveAvailabilityAction.definition, availability({ hours_tue: "18:00-20:00" }), scope),
    ).toMatchObject({ ok: true, data: { rules: 1 } });
    const saved = await t.db.advisor.findUniqueOrThrow({ where: { id: advisor.id }, include: { rules: true } });
    expect(saved.rules).toEqual([expect.objectContaining({ weekday: 2, startMinute: 1080, endMinute: 1200 })]);
    expect(saved.topicMinutes).toEqual({ INTERVIEW_PREP: 60 });
  });

  it("a date override gives other hours or the day off, and can be removed", async () => {
    const { advisor, user } = await createAdvisor(t.db);
    const scope = scopeFor(claimsOf(user));
    const day = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    expect((await runAction(actions.saveDateOverrideAction.definition, { date: day, hours: "" }, scope)).ok).toBe(true);
    const from = new Date(`${day}T00:00:00Z`);
    const onDay = () =>
      findOpenSlots({
        topic: "OTHER",
        advisorId: advisor.id,
        from,
        to: new Date(from.getTime() + 86_400_000 - 3_600_000),
        now: new Date(),
      });
    expect(await onDay()).toHaveLength(0);
    expect(
      (await runAction(actions.saveDateOverrideAction.definition, { date: day, hours: "12:00-13:00" }, scope)).ok,
    ).toBe(true);
    expect((await onDay()).length).toBeGreaterThan(0);
    expect(await runAction(actions.removeDateOverrideAction.definition, { date: day }, scope)).toMatchObject({
      ok: true,
      data: { removed: 1 },
    });
  });

  it("cancelling with a message mails the prospect a METHOD:CANCEL invite and frees the slot", async () => {
    const { advisor, user } = await createAdvisor(t.db);
    const startsAt = await slotAhead(advisor.id);
    const input = bookingInput(advisor.id, startsAt);
    const created = await runAction(actions.createBookingAction.definition, input, scopeFor(null, uniqueIp()));
    if (!created.ok) throw new Error(created.error);
    expect(
      (
        await runAction(
          actions.advisorCancelBookingAction.definition,
          { bookingId: created.data.bookingId, message: "I'm ill, sorry." },
          scopeFor(claimsOf(user)),
        )
      ).ok,
    ).toBe(true);
    const mail = await latestMail(t.db, input.email);
    expect(mail?.text).toContain("I'm ill, sorry.");
    expect(JSON.stringify(mail?.attachments)).toContain("METHOD:CANCEL");
    expect(
      (
        await runAction(
          actions.createBookingAction.definition,
          bookingInput(advisor.id, startsAt),
          scopeFor(null, uniqueIp()),
        )
      ).ok,
    ).toBe(true);
  });

  it("outcomes wait for the call's time", async () => {
    const { advisor, user } = await createAdvisor(t.db);
    const created = await runAction(
      actions.createBookingAction.definition,
      bookingInput(advisor.id, await slotAhead(advisor.id)),
      scopeFor(null, uniqueIp()),
    );
    if (!created.ok) throw new Error(created.error);
    expect(
      await runAction(
        actions.setBookingOutcomeAction.definition,
        { bookingId: created.data.bookingId, outcome: "COMPLETED" },
        scopeFor(claimsOf(user)),
      ),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/once its time has come/) });
  });

  it("a learning plan is mailed in the chosen order and shows on the dashboard of the confirmed account with that email", async () => {
    const { advisor, user } = await createAdvisor(t.db, { name: "Maya Advisor" });
    const input = bookingInput(advisor.id, await slotAhead(advisor.id));
    const created = await runAction(actions.createBookingAction.definition, input, scopeFor(null, uniqueIp()));
    if (!created.ok) throw new Error(created.error);
    const [sql, apis] = [await course("plan-sql", "SQL basics"), await course("plan-apis", "HTTP APIs")];
    const sent = await runAction(
      actions.sendLearningPlanAction.definition,
      { bookingId: created.data.bookingId, courseIds: `${apis.id},${sql.id}`, note: "APIs first." },
      scopeFor(claimsOf(user)),
    );
    expect(sent).toEqual({ ok: true, data: { courses: 2 } });
    const mail = await latestMail(t.db, input.email);
    expect(mail?.subject).toBe("Your learning plan from Maya Advisor");
    expect(mail!.text.indexOf("HTTP APIs")).toBeLessThan(mail!.text.indexOf("SQL basics"));
    expect(mail!.text).toContain("/courses/plan-apis");

    const learner = await createUser(t.db, { email: input.email });
    expect((await listLearningPlansForUser(learner.id))[0]?.items.map((i) => i.course.title)).toEqual([
      "HTTP APIs",
      "SQL basics",
    ]);
    await t.db.user.update({ where: { id: learner.id }, data: { emailVerified: null } });
    expect(await listLearningPlansForUser(learner.id)).toEqual([]);

    const unknown = await runAction(
      actions.sendLearningPlanAction.definition,
      { bookingId: created.data.bookingId, courseIds: "no-such-course", note: "" },
      scopeFor(claimsOf(user)),
    );
    expect(unknown).toMatchObject({ ok: false, error: expect.stringMatching(/not in the catalogue/) });
  });
});
