// The platform's changes reach webhooks: a learner enrols, completes the course's only lesson (which issues the
// certificate), reviews it, and an admin revokes the enrolment. An admin's endpoint subscribed to every event
// gets each one, once, in order, with the ids a receiver needs; an instructor's endpoint of another course gets
// none of them. Nothing is queued while no endpoint listens.
import { beforeAll, describe, expect, it } from "vitest";
import { grantEnrollment, revokeEnrollment } from "@/lib/enrolment/admin-grant";
import { completeLesson, enrollInFreeCourse } from "@/lib/learning/mutations";
import { saveReview } from "@/lib/reviews/service";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";
import { createWebhookEndpoint } from "@/lib/webhooks/service";
import { systemResolver } from "@/lib/webhooks/target";
import { deliverOutbox } from "@/lib/worker/outbox-delivery";
import { useTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { createPerson } from "../discussions/fixtures";
import { createCourse } from "../learning/fixtures";

const POLICY = { production: false, allowLoopback: true, resolve: systemResolver };
let t: TestDatabase;

beforeAll(async () => {
  t = await useTestDatabase();
}, 120_000);

describe(`webhook events from the domains (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("queues nothing while no endpoint listens", async () => {
    const { course } = await createCourse(t.db, { lessons: [{ kind: "ARTICLE" }] });
    const learner = await createPerson(t.db, "Quiet Learner");
    await enrollInFreeCourse(learner.id, course.slug);
    expect(await t.db.outboxMessage.count({ where: { topic: "webhooks.event" } })).toBe(0);
  });

  it("enrolment, completion, certificate, review and revocation each reach the admin's endpoint once", async () => {
    const admin = await createPerson(t.db, "Evan Events", "ADMIN");
    const strangerTeacher = await createPerson(t.db, "Stan Stranger", "INSTRUCTOR");
    const all = await createWebhookEndpoint(
      admin,
      { url: "http://127.0.0.1:9/all", description: "", eventTypes: [...WEBHOOK_EVENT_TYPES] },
      "203.0.113.5",
      POLICY,
    );
    const other = await createWebhookEndpoint(
      strangerTeacher,
      { url: "http://127.0.0.1:9/other", description: "", eventTypes: ["enrollment.created", "lesson.completed"] },
      "203.0.113.5",
      POLICY,
    );
    const { course, lessons } = await createCourse(t.db, { lessons: [{ kind: "ARTICLE" }] });
    const learner = await createPerson(t.db, "Erin Enrolled");

    await enrollInFreeCourse(learner.id, course.slug);
    await completeLesson(learner.id, lessons[0]!.id, "read");
    await completeLesson(learner.id, lessons[0]!.id, "read"); // a repeat is not news
    await saveReview(learner.id, { courseSlug: course.slug, rating: 5, body: "Clear and to the point." });
    const enrollment = await t.db.enrollment.findUniqueOrThrow({
      where: { userId_courseId: { userId: learner.id, courseId: course.id } },
    });
    expect(await revokeEnrollment(admin.id, enrollment.id, "203.0.113.5")).toBe(true);
    await grantEnrollment(admin.id, { email: learner.email, courseSlug: course.slug }, "203.0.113.5");
    await deliverOutbox();

    const deliveries = await t.db.webhookDelivery.findMany({
      where: { endpointId: all.id },
      orderBy: { eventId: "asc" },
    });
    expect(deliveries.map((d) => d.eventType)).toEqual([
      "enrollment.created",
      "lesson.completed",
      "course.completed",
      "certificate.issued",
      "review.created",
      "enrollment.revoked",
      "enrollment.created",
    ]);
    const bodies = deliveries.map((d) => JSON.parse(d.body) as { id: string; data: Record<string, unknown> });
    expect(bodies[0]!.data).toMatchObject({ enrollmentId: enrollment.id, userId: learner.id, courseSlug: course.slug });
    expect(bodies[1]!.data).toMatchObject({ lessonId: lessons[0]!.id, courseId: course.id });
    const certificate = await t.db.certificate.findFirstOrThrow({ where: { userId: learner.id } });
    expect(bodies[3]!.data).toMatchObject({ certificateId: certificate.id });
    expect(bodies[4]!.data).toMatchObject({ rating: 5, courseId: course.id });
    expect(bodies[5]!.data).toMatchObject({ enrollmentId: enrollment.id, status: "CANCELLED" });
    expect(bodies[6]!.data).toMatchObject({ source: "ADMIN", status: "ACTIVE" });
    expect(new Set(bodies.map((b) => b.id)).size).toBe(7);
    expect(deliveries.every((d) => d.eventId === (JSON.parse(d.body) as { id: string }).id)).toBe(true);
    expect(await t.db.webhookDelivery.count({ where: { endpointId: other.id } })).toBe(0);
  });
});
