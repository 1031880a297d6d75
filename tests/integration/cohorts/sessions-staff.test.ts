// After and around a session: joining through the app records attendance (inside the join window only) and
// staff can correct it; staff edit a session (members' calendars get an update with a higher SEQUENCE; a bad
// time is refused with nothing written), cancel it, add the recording and notes (members see them once it
// ended), and post announcements (on the home, mailed to live members only).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import {
  cancelSessionDefinition,
  joinSessionDefinition,
  postAnnouncementDefinition,
  saveSessionDefinition,
  saveSessionRecordDefinition,
  setAttendanceDefinition,
} from "@/lib/cohorts/definitions";
import { getCohortHome } from "@/lib/cohorts/queries";
import { sendDueCohortInvites } from "@/lib/cohorts/send-invites";
import { listCohortsIRun } from "@/lib/cohorts/staff-queries";
import { JOIN_CLOSED_MESSAGE } from "@/lib/cohorts/session-service";
import { setWebhookDelivery } from "@/lib/payments/provider/test-events";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import { createLearner, deliverTestProviderEventsInProcess } from "../payments/fixtures";
import { buySeat, createCohortCourse, refundInFull } from "./fixtures";

let t: TestDatabase;
const MINUTE = 60_000;

beforeAll(async () => {
  t = await useTestDatabase();
  deliverTestProviderEventsInProcess();
});
afterAll(() => setWebhookDelivery(null));

async function runningCohort() {
  const { course, april } = await createCohortCourse(t.db);
  const mentor = await createLearner(t.db, "mentor");
  await t.db.cohortMentor.create({ data: { cohortId: april.id, userId: mentor.id } });
  const member = await buySeat(t.db, course, april.id, "member");
  const live = await t.db.cohortSession.create({
    data: {
      cohortId: april.id,
      title: "Live now",
      startsAt: new Date(Date.now() - 10 * MINUTE),
      endsAt: new Date(Date.now() + 100 * MINUTE),
      joinUrl: "https://meet.example.test/live",
    },
  });
  const later = await t.db.cohortSession.create({
    data: {
      cohortId: april.id,
      title: "Later",
      startsAt: new Date(Date.now() + 3 * 86_400_000),
      endsAt: new Date(Date.now() + 3 * 86_400_000 + 120 * MINUTE),
      joinUrl: "https://meet.example.test/later",
    },
  });
  return { course, cohort: april, mentor, member, live, later };
}

describe("joining and attendance", () => {
  it("a member's join inside the window is recorded once; outside it nothing is; staff correct it", async () => {
    const { cohort, mentor, member, live, later } = await runningCohort();
    const join = (sessionId: string) =>
      runAction(joinSessionDefinition, { cohortId: cohort.id, sessionId }, scopeFor(claimsOf(member.learner)));

    expect(await join(later.id)).toMatchObject({ ok: false, error: JOIN_CLOSED_MESSAGE });
    expect(await join(live.id)).toEqual({ ok: true, data: { url: "https://meet.example.test/live" } });
    const first = await t.db.cohortAttendance.findUniqueOrThrow({
      where: { sessionId_userId: { sessionId: live.id, userId: member.learner.id } },
    });
    expect(await join(live.id)).toMatchObject({ ok: true });
    expect(await t.db.cohortAttendance.findMany({ where: { userId: member.learner.id } })).toEqual([first]);
    expect(first).toMatchObject({ present: true, markedById: null });

    const corrected = await runAction(
      setAttendanceDefinition,
      { sessionId: live.id, userId: member.learner.id, present: "false" },
      scopeFor(claimsOf(mentor)),
    );
    expect(corrected.ok).toBe(true);
    const home = await getCohortHome(member.learner.id, cohort.id);
    expect(home?.sessions.find((s) => s.id === live.id)?.attended).toBe(false);
    // A stranger to the cohort cannot be marked.
    const stranger = await createLearner(t.db, "stranger");
    expect(
      await runAction(
        setAttendanceDefinition,
        { sessionId: live.id, userId: stranger.id, present: "true" },
        scopeFor(claimsOf(mentor)),
      ),
    ).toMatchObject({ ok: false, error: "That person is not a member of this cohort." });
  });
});

describe("the sessions editor", () => {
  it("a changed time sends members an update with a higher SEQUENCE; a room link alone does not", async () => {
    const { cohort, mentor, member, later } = await runningCohort();
    await sendDueCohortInvites();
    const edit = (changes: Record<string, string>) =>
      runAction(
        saveSessionDefinition,
        {
          sessionId: later.id,
          title: "Later",
          agenda: "",
          startsAt: "2031-03-30T19:00",
          endsAt: "2031-03-30T21:00",
          joinUrl: "https://meet.example.test/later",
          ...changes,
        },
        scopeFor(claimsOf(mentor)),
      );
    // New York: 19:00 EDT is 23:00 UTC.
    expect(await edit({})).toMatchObject({ ok: true, data: { calendarChanged: true } });
    let row = await t.db.cohortSession.findUniqueOrThrow({ where: { id: later.id } });
    expect([row.startsAt.toISOString(), row.sequence]).toEqual(["2031-03-30T23:00:00.000Z", 1]);
    expect(await edit({ joinUrl: "https://meet.example.test/new-room" })).toMatchObject({
      ok: true,
      data: { calendarChanged: false },
    });
    row = await t.db.cohortSession.findUniqueOrThrow({ where: { id: later.id } });
    expect([row.joinUrl, row.sequence]).toEqual(["https://meet.example.test/new-room", 1]);
    const invites = await t.db.emailOutbox.findMany({
      where: { to: member.learner.email, kind: "cohort-session-invite" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { subject: true },
    });
    // Two invites written in one delivery round may share a createdAt: compared as a set of subjects.
    expect(invites.map((m) => m.subject).sort()).toEqual(
      [
        `Invitation: Live now (${cohort.title})`,
        `Invitation: Later (${cohort.title})`,
        `Updated: Later (${cohort.title})`,
      ].sort(),
    );

    // Refused with a message, nothing written.
    for (const [changes, field] of [
      [{ endsAt: "2031-03-30T18:00" }, "endsAt"],
      [{ startsAt: "30/03/2031 19:00" }, "startsAt"],
      [{ joinUrl: "http://insecure.example.test" }, "joinUrl"],
      [{ title: "" }, "title"],
    ] as const) {
      const refused = await edit(changes);
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(Object.keys(refused.fieldErrors ?? {})).toContain(field);
    }
    expect(await t.db.cohortSession.findUniqueOrThrow({ where: { id: later.id } })).toEqual(row);
  });

  it("cancelling sends a CANCEL; the recording and notes show members only once the session has ended", async () => {
    const { cohort, mentor, member, later, live } = await runningCohort();
    await sendDueCohortInvites();
    expect((await runAction(cancelSessionDefinition, { sessionId: later.id }, scopeFor(claimsOf(mentor)))).ok).toBe(
      true,
    );
    expect(
      await t.db.emailOutbox.count({ where: { to: member.learner.email, kind: "cohort-session-cancelled" } }),
    ).toBe(1);

    const saved = await runAction(
      saveSessionRecordDefinition,
      { sessionId: live.id, recordingUrl: "https://video.example.test/rec", notes: "Slides are in the repo." },
      scopeFor(claimsOf(mentor)),
    );
    expect(saved.ok).toBe(true);
    const during = (await getCohortHome(member.learner.id, cohort.id))!.sessions.find((s) => s.id === live.id)!;
    expect([during.recordingUrl, during.notes]).toEqual([null, ""]);
    const after = (await getCohortHome(member.learner.id, cohort.id, new Date(live.endsAt)))!.sessions.find(
      (s) => s.id === live.id,
    )!;
    expect([after.recordingUrl, after.notes]).toEqual(["https://video.example.test/rec", "Slides are in the repo."]);
  });
});

describe("announcements", () => {
  it("show on the cohort home and are mailed to live members only", async () => {
    const { course, cohort, mentor, member } = await runningCohort();
    const refunded = await buySeat(t.db, course, cohort.id, "refunded");
    await refundInFull(refunded.paymentIntent, refunded.payment.amountCents);
    const posted = await runAction(
      postAnnouncementDefinition,
      { cohortId: cohort.id, title: "Room change", body: "Thursday we meet in the new room." },
      scopeFor(claimsOf(mentor)),
    );
    expect(posted).toMatchObject({ ok: true, data: { mailed: 1 } });
    // The mentor finds the cohort on their dashboard; a member does not run it.
    expect((await listCohortsIRun(mentor.id)).map((c) => c.cohortId)).toEqual([cohort.id]);
    expect(await listCohortsIRun(member.learner.id)).toEqual([]);
    expect((await getCohortHome(member.learner.id, cohort.id))?.announcements).toEqual([
      expect.objectContaining({ title: "Room change", body: "Thursday we meet in the new room.", author: "mentor" }),
    ]);
    expect(await t.db.emailOutbox.count({ where: { to: member.learner.email, kind: "cohort-announcement" } })).toBe(1);
    expect(await t.db.emailOutbox.count({ where: { to: refunded.learner.email, kind: "cohort-announcement" } })).toBe(
      0,
    );
    const empty = await runAction(
      postAnnouncementDefinition,
      { cohortId: cohort.id, title: "", body: "" },
      scopeFor(claimsOf(mentor)),
    );
    expect(empty).toMatchObject({ ok: false, fieldErrors: { title: expect.any(Array), body: expect.any(Array) } });
    expect(await t.db.cohortAnnouncement.count({ where: { cohortId: cohort.id } })).toBe(1);
  });
});
