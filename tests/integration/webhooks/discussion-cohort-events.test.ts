// Issue 27: discussions, cohort sessions and projects reach webhooks. A question and an answer under a lesson
// and on a cohort's board, a session's change and cancellation, a project submission and its review each reach
// the admin's endpoint once, in order, with ids and titles (never a post's body); changes that are not news (a
// room link alone, a second cancel) send nothing; the course's instructor gets their course's events and an
// instructor's endpoint of another course gets none of them.
import { beforeAll, describe, expect, it } from "vitest";
import { cancelSession, saveSession } from "@/lib/cohorts/session-service";
import { startBoardThread } from "@/lib/discussions/board-service";
import { answerQuestion, askQuestion } from "@/lib/discussions/posts-service";
import { saveReview } from "@/lib/projects/review-service";
import { submitProject } from "@/lib/projects/submit-service";
import { COURSE_EVENT_TYPES, WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";
import { createWebhookEndpoint } from "@/lib/webhooks/service";
import { systemResolver } from "@/lib/webhooks/target";
import { deliverOutbox } from "@/lib/worker/outbox-delivery";
import { useTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { createPerson, createQaCourse } from "../discussions/fixtures";
import { addMember, createProjectCourse } from "../projects/fixtures";

const POLICY = { production: false, allowLoopback: true, resolve: systemResolver };
let t: TestDatabase;

beforeAll(async () => {
  t = await useTestDatabase();
}, 120_000);

type Body = { id: string; type: string; data: Record<string, unknown> };

describe(`discussion, cohort and project webhook events (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("each change reaches the admin's endpoint once, with ids and titles; another course's instructor gets none", async () => {
    const admin = await createPerson(t.db, "Ada Hooks", "ADMIN");
    const strangerTeacher = await createPerson(t.db, "Sid Stranger", "INSTRUCTOR");
    const all = await createWebhookEndpoint(
      admin,
      { url: "http://127.0.0.1:9/all", description: "", eventTypes: [...WEBHOOK_EVENT_TYPES] },
      "203.0.113.5",
      POLICY,
    );
    const other = await createWebhookEndpoint(
      strangerTeacher,
      { url: "http://127.0.0.1:9/other", description: "", eventTypes: [...COURSE_EVENT_TYPES] },
      "203.0.113.5",
      POLICY,
    );

    // The cohort course's own instructor subscribes too: they get its events, not the other course's Q&A.
    const { course, april, projects, mentor } = await createProjectCourse(t.db);
    const teacher = await t.db.user.findUniqueOrThrow({ where: { id: course.instructorId } });
    const own = await createWebhookEndpoint(
      teacher,
      { url: "http://127.0.0.1:9/own", description: "", eventTypes: [...COURSE_EVENT_TYPES] },
      "203.0.113.5",
      POLICY,
    );

    // A lesson's Q&A.
    const qa = await createQaCourse(t.db);
    const secret = "The paid lesson's secret sauce";
    const { questionId } = await askQuestion(qa.learner, {
      lessonId: qa.article.id,
      title: "Why an index here?",
      body: secret,
      attachAttempt: false,
    });
    const { answerId } = await answerQuestion(qa.classmate, { questionId, body: `${secret}, explained` });

    // A cohort's board, a session, a project.
    const member = await addMember(t.db, course, april.id);
    const board = await startBoardThread(member, { cohortId: april.id, title: "Study group?", body: secret });
    const boardAnswer = await answerQuestion(mentor, { questionId: board.questionId, body: secret });
    const session = await t.db.cohortSession.create({
      data: {
        cohortId: april.id,
        title: "Kick-off",
        startsAt: new Date("2027-09-01T23:00:00Z"),
        endsAt: new Date("2027-09-02T00:00:00Z"),
        joinUrl: "https://meet.example.test/kick-off",
      },
    });
    const edit = {
      sessionId: session.id,
      title: "Kick-off and Q&A",
      agenda: "",
      startsAt: "2027-09-01T19:00",
      endsAt: "2027-09-01T20:30",
      joinUrl: "https://meet.example.test/kick-off",
    };
    expect(await saveSession(mentor, edit)).toMatchObject({ calendarChanged: true });
    expect(await saveSession(mentor, { ...edit, joinUrl: "https://meet.example.test/room-2" })).toMatchObject({
      calendarChanged: false,
    });
    await cancelSession(mentor, session.id);
    await cancelSession(mentor, session.id); // a repeat is not news
    const submitted = await submitProject(member, {
      projectId: projects.text.id,
      cohortId: april.id,
      textAnswer: secret,
      notes: "",
      repositoryUrl: "",
    });
    await saveReview(mentor, {
      submissionId: submitted.id,
      baseVersion: 0,
      scores: "1,1",
      comment: secret,
      outcome: "CHANGES_REQUESTED",
    });
    await deliverOutbox();

    const deliveries = await t.db.webhookDelivery.findMany({
      where: { endpointId: all.id },
      orderBy: { eventId: "asc" },
    });
    expect(deliveries.map((d) => d.eventType)).toEqual([
      "discussion.question.created",
      "discussion.answer.created",
      "discussion.question.created",
      "discussion.answer.created",
      "cohort.session.updated",
      "cohort.session.cancelled",
      "project.submission.created",
      "project.review.completed",
    ]);
    for (const delivery of deliveries) expect(delivery.body).not.toContain("secret sauce");
    const bodies = deliveries.map((d) => JSON.parse(d.body) as Body);
    expect(bodies.map((b) => b.type)).toEqual(deliveries.map((d) => d.eventType));
    expect(bodies[0]!.data).toMatchObject({
      postId: questionId,
      questionId,
      title: "Why an index here?",
      courseId: qa.course.id,
      lessonId: qa.article.id,
      cohortId: null,
      place: "lesson",
      authorId: qa.learner.id,
    });
    expect(bodies[1]!.data).toMatchObject({
      postId: answerId,
      questionId,
      title: "Why an index here?",
      authorId: qa.classmate.id,
    });
    expect(bodies[2]!.data).toMatchObject({
      postId: board.questionId,
      title: "Study group?",
      courseId: course.id,
      cohortId: april.id,
      lessonId: null,
      place: "cohort-board",
    });
    expect(bodies[3]!.data).toMatchObject({
      postId: boardAnswer.answerId,
      questionId: board.questionId,
      authorId: mentor.id,
      place: "cohort-board",
    });
    // 19:00 in New York on 1 September 2027 (daylight saving time) is 23:00 UTC.
    expect(bodies[4]!.data).toMatchObject({
      sessionId: session.id,
      cohortId: april.id,
      courseId: course.id,
      title: "Kick-off and Q&A",
      startsAt: "2027-09-01T23:00:00.000Z",
      endsAt: "2027-09-02T00:30:00.000Z",
      cancelledAt: null,
      sequence: 1,
    });
    expect(bodies[5]!.data).toMatchObject({ sessionId: session.id, sequence: 2 });
    expect(bodies[5]!.data.cancelledAt).toEqual(expect.any(String));
    expect(bodies[6]!.data).toMatchObject({
      submissionId: submitted.id,
      projectId: projects.text.id,
      projectTitle: projects.text.title,
      courseId: course.id,
      cohortId: april.id,
      userId: member.id,
      attempt: 1,
      late: false,
    });
    expect(bodies[7]!.data).toMatchObject({
      submissionId: submitted.id,
      userId: member.id,
      reviewerId: mentor.id,
      outcome: "CHANGES_REQUESTED",
      points: 3,
      version: 1,
    });
    expect(new Set(bodies.map((b) => b.id)).size).toBe(8);
    expect(await t.db.webhookDelivery.count({ where: { endpointId: other.id } })).toBe(0);
    const ownDeliveries = await t.db.webhookDelivery.findMany({
      where: { endpointId: own.id },
      orderBy: { eventId: "asc" },
    });
    expect(ownDeliveries.map((d) => d.eventType)).toEqual(deliveries.slice(2).map((d) => d.eventType));
  });
});
