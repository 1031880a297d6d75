// Project review calls on the real database: booked through the booking engine on the mentor's Advisor row, so
// the one exclusion constraint keeps a mentor from double booking across review calls and consultations (two
// learners racing for one slot: exactly one wins); invites to both sides through the outbox; moving and
// cancelling; only the submission's author, while a live member, with one of their cohort's mentors; a refund
// ends it; a mentor who only takes calls is not listed for consultations.
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { createBookingAction } from "@/lib/booking/actions";
import { listAdvisorsForAdmin } from "@/lib/booking/admin-service";
import { MAX_OPEN_BOOKINGS_PER_EMAIL } from "@/lib/booking/booking-service";
import { findOpenSlots, listPublicAdvisors } from "@/lib/booking/queries";
import { sendDueReminders } from "@/lib/booking/send-reminders";
import { isOverlapViolation } from "@/lib/db/constraint-errors";
import { setWebhookDelivery } from "@/lib/payments/provider/test-events";
import { submitProject } from "@/lib/projects/submit-service";
import {
  bookReviewCallDefinition,
  cancelReviewCallDefinition,
  cohortCallsDefinition,
  reviewCallPanelDefinition,
  submissionCallsDefinition,
} from "@/lib/review-calls/definitions";
import { NO_REVIEW_CALL_MESSAGE } from "@/lib/review-calls/errors";
import { cancelCallsOfEndedEnrolment } from "@/lib/review-calls/enrolment-ended";
import { bookReviewCall } from "@/lib/review-calls/service";
import { deliverOutbox } from "@/lib/worker/outbox-delivery";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { claimsOf, latestMail, scopeFor, uniqueIp } from "../auth/helpers";
import { bookingInput, createAdvisor, slotAhead } from "../booking/fixtures";
import { buySeat, refundInFull } from "../cohorts/fixtures";
import { deliverTestProviderEventsInProcess } from "../payments/fixtures";
import { addCallMentor, callSlot, createReviewCallCourse, memberWithSubmission } from "./fixtures";

let t: TestDatabase;
type Who = { id: string; sessionVersion: number };
const as = (who: Who) => scopeFor(claimsOf(who));
const book = (who: Who, input: { submissionId: string; mentorId: string; startsAt: Date }) =>
  runAction(bookReviewCallDefinition, { ...input, startsAt: input.startsAt.toISOString() }, as(who));

beforeAll(async () => {
  t = await useTestDatabase();
  deliverTestProviderEventsInProcess();
});
afterAll(() => setWebhookDelivery(null));

type Attachment = { contentType: string; content: string };
async function inviteTo(email: string, subject?: string) {
  const mail = subject
    ? await t.db.emailOutbox.findFirst({
        where: { to: email, subject: { contains: subject } },
        orderBy: { createdAt: "desc" },
      })
    : await latestMail(t.db, email);
  const attachment = (mail?.attachments as Attachment[] | null)?.[0];
  if (!attachment) throw new Error(`no invite to ${email}`);
  const calendar = new ICAL.Component(ICAL.parse(attachment.content));
  const event = calendar.getFirstSubcomponent("vevent")!;
  return {
    subject: mail!.subject,
    method: calendar.getFirstPropertyValue("method"),
    uid: event.getFirstPropertyValue("uid"),
    sequence: event.getFirstPropertyValue("sequence"),
    start: (event.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate().toISOString(),
  };
}

describe("booking a review call", () => {
  it("books, shows it to both sides, invites both, moves and cancels it with the same UID", async () => {
    const setup = await createReviewCallCourse(t.db);
    const { member, submissionId } = await memberWithSubmission(t.db, setup);
    const startsAt = await callSlot(setup.mentorAdvisor.id);

    const panel = await runAction(reviewCallPanelDefinition, { submissionId }, as(member));
    if (!panel.ok) throw new Error(panel.error);
    expect(panel.data.mentors.map((m) => m.id)).toEqual([setup.mentorAdvisor.id]);
    expect(panel.data.call).toBeNull();
    expect(panel.data.days.flatMap((d) => d.slots)).toContain(startsAt.toISOString());

    const booked = await book(member, { submissionId, mentorId: setup.mentorAdvisor.id, startsAt });
    expect(booked).toMatchObject({ ok: true, data: { startsAt: startsAt.toISOString() } });
    const row = await t.db.booking.findFirstOrThrow({ where: { submissionId } });
    expect(row).toMatchObject({ advisorId: setup.mentorAdvisor.id, userId: member.id, status: "CONFIRMED" });
    expect(await t.db.bookingReminder.count({ where: { bookingId: row.id } })).toBe(2);

    const learnerInvite = await inviteTo(member.email);
    expect(learnerInvite).toMatchObject({ method: "REQUEST", sequence: 0, start: startsAt.toISOString() });
    expect(learnerInvite.subject).toMatch(/Review call booked/);
    expect((await inviteTo(setup.mentor.email)).uid).toBe(learnerInvite.uid);

    const shown = await runAction(reviewCallPanelDefinition, { submissionId }, as(member));
    expect(shown).toMatchObject({
      ok: true,
      data: { call: { id: row.id, joinUrl: "https://meet.example.test/mentor" } },
    });
    const forMentor = await runAction(submissionCallsDefinition, { submissionId }, as(setup.mentor));
    expect(forMentor).toMatchObject({ ok: true, data: [{ id: row.id, learnerName: "member" }] });
    // The review queue lists it among the cohort's upcoming calls, and only for its own cohort.
    const queueCalls = async (cohortId: string, staff: Who = setup.mentor) => {
      const result = await runAction(cohortCallsDefinition, { cohortId }, as(staff));
      if (!result.ok) throw new Error(result.error);
      return result.data;
    };
    const project = await t.db.courseProject.findUniqueOrThrow({ where: { id: setup.projects.text.id } });
    const mentorName = (await t.db.user.findUniqueOrThrow({ where: { id: setup.mentor.id } })).name ?? "Your mentor";
    expect(await queueCalls(setup.april.id)).toEqual([
      {
        id: row.id,
        startsAt: startsAt,
        endsAt: row.endsAt,
        learnerName: "member",
        mentorId: setup.mentorAdvisor.id,
        mentorName,
        joinUrl: "https://meet.example.test/mentor",
        changesCloseAt: expect.any(Date),
        canChange: true,
        submissionId,
        projectTitle: project.title,
      },
    ]);
    expect(await queueCalls(setup.january.id, setup.otherMentor)).toEqual([]);

    // A second booking for the same submission moves the call: same row, same UID, the next SEQUENCE.
    const later = await callSlot(setup.mentorAdvisor.id, 4);
    expect(await book(member, { submissionId, mentorId: setup.mentorAdvisor.id, startsAt: later })).toMatchObject({
      ok: true,
    });
    expect(await t.db.booking.count({ where: { submissionId } })).toBe(1);
    expect(await inviteTo(member.email)).toMatchObject({
      method: "REQUEST",
      uid: learnerInvite.uid,
      sequence: 1,
      start: later.toISOString(),
    });
    expect(await queueCalls(setup.april.id)).toMatchObject([{ id: row.id, startsAt: later }]);

    // The other cohort's mentor cannot be booked, and moving to another mentor is refused, not half-done.
    const other = await book(member, { submissionId, mentorId: setup.otherAdvisor.id, startsAt: later });
    expect(other).toMatchObject({ ok: false, error: expect.stringMatching(/mentors from the list|cohort's mentors/) });

    expect(await runAction(cancelReviewCallDefinition, { submissionId }, as(member))).toMatchObject({ ok: true });
    expect(await inviteTo(setup.mentor.email)).toMatchObject({ method: "CANCEL", uid: learnerInvite.uid, sequence: 2 });
    expect(await t.db.bookingReminder.count({ where: { bookingId: row.id, sentAt: null } })).toBe(0);
    expect(await queueCalls(setup.april.id)).toEqual([]);
    // Cancelled: the time is free again and a new call can be booked.
    expect(await book(member, { submissionId, mentorId: setup.mentorAdvisor.id, startsAt: later })).toMatchObject({
      ok: true,
    });
    // The queue keeps a call until an hour after it ended.
    const live = await t.db.booking.findFirstOrThrow({ where: { submissionId, status: "CONFIRMED" } });
    const endedAgo = async (minutes: number) => {
      const endsAt = new Date(Date.now() - minutes * 60_000);
      await t.db.booking.update({
        where: { id: live.id },
        data: { startsAt: new Date(endsAt.getTime() - 30 * 60_000), endsAt, blockStart: null, blockEnd: null },
      });
    };
    await endedAgo(30);
    expect(await queueCalls(setup.april.id)).toMatchObject([{ id: live.id, canChange: false }]);
    await endedAgo(90);
    expect(await queueCalls(setup.april.id)).toEqual([]);
  });

  it("a review call and a consultation never overlap for a mentor who is also a career advisor", async () => {
    const setup = await createReviewCallCourse(t.db);
    const { member, submissionId } = await memberWithSubmission(t.db, setup);
    // The April cohort's second mentor consults too (listed publicly).
    const advising = await t.db.user.create({
      data: { email: `advising-${submissionId}@example.test`, name: "Advising Mentor", role: "ADVISOR" },
    });
    await t.db.cohortMentor.create({ data: { cohortId: setup.april.id, userId: advising.id } });
    const advisor = await addCallMentor(t.db, advising.id, { consults: true });
    const startsAt = await callSlot(advisor.id, 5);

    // A confirmed consultation at that time: the review call is not offered there, and is refused.
    await t.db.booking.create({
      data: {
        advisorId: advisor.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 30 * 60_000),
        name: "Prospect",
        email: `prospect-${submissionId}@example.test`,
        timeZone: "UTC",
        manageTokenHash: `hash-${submissionId}`,
        confirmedAt: new Date(),
      },
    });
    const refused = await book(member, { submissionId, mentorId: advisor.id, startsAt });
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/not free|just taken/) });
    expect(await t.db.booking.count({ where: { submissionId } })).toBe(0);

    // The other way round: a booked review call takes the time out of the consultation slots, and the database
    // refuses an overlapping consultation written past the slot check.
    const callAt = await callSlot(advisor.id, 6);
    expect(await book(member, { submissionId, mentorId: advisor.id, startsAt: callAt })).toMatchObject({ ok: true });
    const consultationSlots = await findOpenSlots({
      topic: "OTHER",
      advisorId: advisor.id,
      from: new Date(callAt.getTime() - 3_600_000),
      to: new Date(callAt.getTime() + 3_600_000),
      now: new Date(),
    });
    expect(consultationSlots.map((s) => s.start)).not.toContain(callAt.getTime());
    const overlapping = await t.db.booking
      .create({
        data: {
          advisorId: advisor.id,
          startsAt: new Date(callAt.getTime() + 15 * 60_000),
          endsAt: new Date(callAt.getTime() + 45 * 60_000),
          name: "Prospect",
          email: `late-${submissionId}@example.test`,
          timeZone: "UTC",
          manageTokenHash: `hash2-${submissionId}`,
          confirmedAt: new Date(),
        },
      })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(isOverlapViolation(overlapping)).toBe(true);
  });

  it("two learners racing for one mentor slot: exactly one gets it", async () => {
    const setup = await createReviewCallCourse(t.db);
    const learners = await Promise.all([0, 1, 2, 3].map((i) => memberWithSubmission(t.db, setup, `racer-${i}`)));
    const startsAt = await callSlot(setup.mentorAdvisor.id, 7);
    const results = await Promise.all(
      learners.map(({ member, submissionId }) =>
        book(member, { submissionId, mentorId: setup.mentorAdvisor.id, startsAt }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const lost of results.filter((r) => !r.ok))
      expect(lost).toMatchObject({ error: expect.stringMatching(/That time was just taken — pick another|not free/) });
    expect(
      await t.db.booking.count({ where: { advisorId: setup.mentorAdvisor.id, startsAt, status: "CONFIRMED" } }),
    ).toBe(1);
  });
});

describe("reminders", () => {
  it("reminds the learner of the call in the call's words, through the job that sends booking reminders", async () => {
    const setup = await createReviewCallCourse(t.db);
    const { member, submissionId } = await memberWithSubmission(t.db, setup);
    const startsAt = await callSlot(setup.mentorAdvisor.id, 8);
    expect(await book(member, { submissionId, mentorId: setup.mentorAdvisor.id, startsAt })).toMatchObject({
      ok: true,
    });
    const bookingId = (await t.db.booking.findFirstOrThrow({ where: { submissionId } })).id;
    // Half an hour before: the 1-hour reminder is due, the 24-hour one overtaken by it (dropped, not sent).
    await sendDueReminders(new Date(startsAt.getTime() - 30 * 60_000));
    const reminders = await t.db.bookingReminder.findMany({
      where: { bookingId },
      select: { kind: true, sentAt: true },
    });
    expect(reminders).toEqual([{ kind: "1h", sentAt: expect.any(Date) }]);
    const mail = await latestMail(t.db, member.email);
    expect(mail).toMatchObject({ subject: "In one hour: your review call" });
    expect(mail?.text).toContain("https://meet.example.test/mentor");
  });
});

describe("who may book", () => {
  it("refuses another learner's submission, a project without a call, an archived project and a non-member", async () => {
    const setup = await createReviewCallCourse(t.db);
    const { member, submissionId } = await memberWithSubmission(t.db, setup);
    const other = await memberWithSubmission(t.db, setup, "other");
    const startsAt = await callSlot(setup.mentorAdvisor.id);
    const input = { submissionId, mentorId: setup.mentorAdvisor.id, startsAt };

    expect(await book(other.member, input)).toMatchObject({ ok: false, error: NO_REVIEW_CALL_MESSAGE });
    expect(await book(setup.mentor, input)).toMatchObject({ ok: false, error: NO_REVIEW_CALL_MESSAGE });

    const upload = await submitProject(member, {
      cohortId: setup.april.id,
      projectId: setup.projects.repository.id,
      repositoryUrl: "https://github.com/example/repo",
      textAnswer: "",
      notes: "",
    });
    expect(await book(member, { ...input, submissionId: upload.id })).toMatchObject({
      ok: false,
      error: NO_REVIEW_CALL_MESSAGE,
    });

    await t.db.courseProject.update({ where: { id: setup.projects.text.id }, data: { archivedAt: new Date() } });
    expect(await book(member, input)).toMatchObject({ ok: false, error: NO_REVIEW_CALL_MESSAGE });
    expect(await t.db.booking.count({ where: { submissionId: { in: [submissionId, upload.id] } } })).toBe(0);
  });

  it("a refund ends the learner's ability to book", async () => {
    const setup = await createReviewCallCourse(t.db);
    const { learner, payment, paymentIntent } = await buySeat(t.db, setup.course, setup.april.id, "refunded");
    const submitted = await submitProject(learner, {
      cohortId: setup.april.id,
      projectId: setup.projects.text.id,
      textAnswer: "Answer",
      repositoryUrl: "",
      notes: "",
    });
    const startsAt = await callSlot(setup.mentorAdvisor.id);
    await refundInFull(paymentIntent, payment.amountCents);
    const input = { submissionId: submitted.id, mentorId: setup.mentorAdvisor.id, startsAt };
    expect(await book(learner, input)).toMatchObject({ ok: false, error: NO_REVIEW_CALL_MESSAGE });
    expect(await runAction(reviewCallPanelDefinition, { submissionId: submitted.id }, as(learner))).toMatchObject({
      ok: false,
      error: NO_REVIEW_CALL_MESSAGE,
    });
    expect(await t.db.booking.count({ where: { submissionId: submitted.id } })).toBe(0);
  });

  it("a refund cancels the call already booked: the mentor's time is free and both get the CANCEL", async () => {
    const setup = await createReviewCallCourse(t.db);
    const { learner, payment, paymentIntent } = await buySeat(
      t.db,
      setup.course,
      setup.april.id,
      "booked-then-refunded",
    );
    const submitted = await submitProject(learner, {
      cohortId: setup.april.id,
      projectId: setup.projects.text.id,
      textAnswer: "Answer",
      repositoryUrl: "",
      notes: "",
    });
    const startsAt = await callSlot(setup.mentorAdvisor.id);
    expect(
      await book(learner, { submissionId: submitted.id, mentorId: setup.mentorAdvisor.id, startsAt }),
    ).toMatchObject({
      ok: true,
    });
    const booked = await inviteTo(learner.email);

    await refundInFull(paymentIntent, payment.amountCents);
    await deliverOutbox();

    const call = await t.db.booking.findFirstOrThrow({ where: { submissionId: submitted.id } });
    expect(call).toMatchObject({ status: "CANCELLED", sequence: 1, cancelReason: "The learner's enrolment ended." });
    expect(await t.db.bookingReminder.count({ where: { bookingId: call.id, sentAt: null } })).toBe(0);
    for (const email of [learner.email, setup.mentor.email])
      expect(await inviteTo(email, "Review call cancelled")).toMatchObject({
        method: "CANCEL",
        uid: booked.uid,
        sequence: 1,
      });
    const slots = await findOpenSlots({
      topic: "OTHER",
      advisorId: setup.mentorAdvisor.id,
      from: startsAt,
      to: new Date(startsAt.getTime() + 60 * 60_000),
      now: new Date(),
      purpose: "review-call",
    });
    expect(slots.map((slot) => new Date(slot.start).toISOString())).toContain(startsAt.toISOString());
    // Delivered again (a retry after a crash): nothing left to cancel, no second mail.
    const mails = await t.db.emailOutbox.count({ where: { to: learner.email } });
    expect(await cancelCallsOfEndedEnrolment({ userId: learner.id, courseId: setup.course.id })).toBe(0);
    expect(await t.db.emailOutbox.count({ where: { to: learner.email } })).toBe(mails);
  });

  it("a mentor who only takes review calls is not listed for consultations and offers no consultation slots", async () => {
    const setup = await createReviewCallCourse(t.db);
    const listed = await listPublicAdvisors();
    expect(listed.map((a) => a.id)).not.toContain(setup.mentorAdvisor.id);
    // The admin's list says so, instead of listing the missing bio as if the profile were about to go public.
    const forAdmin = await listAdvisorsForAdmin();
    expect(forAdmin.find((a) => a.id === setup.mentorAdvisor.id)).toMatchObject({ callsOnly: true, gaps: [] });
    const { advisor: consulting } = await createAdvisor(t.db);
    expect((await listAdvisorsForAdmin()).find((a) => a.id === consulting.id)).toMatchObject({ callsOnly: false });
    // A prospect naming the mentor in a consultation booking is refused, and nothing is written.
    const callAt = await callSlot(setup.mentorAdvisor.id);
    const bookings = await t.db.booking.count({ where: { advisorId: setup.mentorAdvisor.id } });
    expect(
      await runAction(
        createBookingAction.definition,
        bookingInput(setup.mentorAdvisor.id, callAt),
        scopeFor(null, uniqueIp()),
      ),
    ).toMatchObject({ ok: false });
    expect(await t.db.booking.count({ where: { advisorId: setup.mentorAdvisor.id } })).toBe(bookings);
    const from = new Date(Date.now() + 3 * 86_400_000);
    const to = new Date(from.getTime() + 86_400_000);
    const now = new Date();
    expect(await findOpenSlots({ topic: "OTHER", advisorId: setup.mentorAdvisor.id, from, to, now })).toEqual([]);
    expect(
      (
        await findOpenSlots({
          topic: "OTHER",
          advisorId: setup.mentorAdvisor.id,
          from,
          to,
          now,
          purpose: "review-call",
        })
      ).length,
    ).toBeGreaterThan(0);
  });

  it("the service refuses a time in the past", async () => {
    const setup = await createReviewCallCourse(t.db);
    const { member, submissionId } = await memberWithSubmission(t.db, setup);
    await expect(
      bookReviewCall(member, {
        submissionId,
        mentorId: setup.mentorAdvisor.id,
        startsAt: new Date(Date.now() - 60_000),
      }),
    ).rejects.toThrow(/has passed/);
  });
});

describe("the open-consultations cap", () => {
  it("counts consultations only: a learner with review calls booked may still book three consultations", async () => {
    const setup = await createReviewCallCourse(t.db);
    await t.db.courseProject.update({ where: { id: setup.projects.repository.id }, data: { reviewCall: true } });
    const { member, submissionId } = await memberWithSubmission(t.db, setup);
    const repository = await submitProject(member, {
      cohortId: setup.april.id,
      projectId: setup.projects.repository.id,
      textAnswer: "",
      repositoryUrl: "https://github.com/example/api",
      notes: "",
    });
    for (const [i, id] of [submissionId, repository.id].entries())
      expect(
        await book(member, {
          submissionId: id,
          mentorId: setup.mentorAdvisor.id,
          startsAt: await callSlot(setup.mentorAdvisor.id, 3, i),
        }),
      ).toMatchObject({ ok: true });
    expect(await t.db.booking.count({ where: { email: member.email, submissionId: { not: null } } })).toBe(2);

    const { advisor } = await createAdvisor(t.db);
    const consult = async (daysAhead: number) =>
      runAction(
        createBookingAction.definition,
        bookingInput(advisor.id, await slotAhead(advisor.id, daysAhead), { email: member.email }),
        scopeFor(null, uniqueIp()),
      );
    for (const daysAhead of [4, 5, 6]) expect(await consult(daysAhead)).toMatchObject({ ok: true });
    // The cap itself still holds for consultations.
    expect(await consult(7)).toMatchObject({
      ok: false,
      error: expect.stringContaining(`already have ${MAX_OPEN_BOOKINGS_PER_EMAIL} upcoming consultations`),
    });
  });
});
