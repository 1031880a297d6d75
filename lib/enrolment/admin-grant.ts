// An admin enrols a person by email, or revokes an enrolment (the public API's enrolment writes). Both write
// their audit row in the same transaction; a revoked enrolment keeps its row (status CANCELLED).
import { recordAudit } from "../audit/record-audit";
import { invalidateEnrolment } from "../cache/invalidate";
import { db } from "../db/client";
import { isLiveEnrollment, LIVE_ENROLLMENT_STATUSES } from "./rules";
import { emitEnrollmentEvent } from "../webhooks/domain-events";
import { kickOutbox } from "../outbox/kick";
import { enqueue } from "../outbox/enqueue";

export type GrantAnswer =
  { ok: true; enrollmentId: string; created: boolean } | { ok: false; reason: "NO_USER" | "NO_COURSE" };

export async function grantEnrollment(
  actorId: string,
  input: { email: string; courseSlug: string },
  ip: string,
): Promise<GrantAnswer> {
  const answer = await db.$transaction(async (tx): Promise<GrantAnswer & { slug?: string }> => {
    const user = await tx.user.findUnique({ where: { email: input.email.toLowerCase() }, select: { id: true } });
    if (!user) return { ok: false, reason: "NO_USER" };
    const course = await tx.course.findFirst({
      where: { slug: input.courseSlug, status: "PUBLISHED" },
      select: { id: true, slug: true },
    });
    if (!course) return { ok: false, reason: "NO_COURSE" };
    const key = { userId_courseId: { userId: user.id, courseId: course.id } };
    const existing = await tx.enrollment.findUnique({ where: key, select: { id: true, status: true } });
    if (existing && isLiveEnrollment(existing)) return { ok: true, enrollmentId: existing.id, created: false };
    const row = await tx.enrollment.upsert({
      where: key,
      update: { status: "ACTIVE", source: "ADMIN", completedAt: null },
      create: { userId: user.id, courseId: course.id, source: "ADMIN" },
      select: { id: true },
    });
    await emitEnrollmentEvent(tx, "enrollment.created", row.id);
    await recordAudit(
      {
        actorId,
        action: "enrollment.granted",
        targetType: "Enrollment",
        targetId: row.id,
        ip,
        meta: { courseSlug: course.slug },
      },
      tx,
    );
    return { ok: true, enrollmentId: row.id, created: true, slug: course.slug };
  });
  if (answer.ok && answer.slug) {
    invalidateEnrolment(answer.slug);
    await kickOutbox();
  }
  const { slug: _slug, ...rest } = answer as GrantAnswer & { slug?: string };
  return rest;
}

/** Ends a live enrolment; false when there is none with that id (or it has already ended). */
export async function revokeEnrollment(actorId: string, enrollmentId: string, ip: string): Promise<boolean> {
  const slug = await db.$transaction(async (tx) => {
    const { count } = await tx.enrollment.updateMany({
      where: { id: enrollmentId, status: { in: [...LIVE_ENROLLMENT_STATUSES] } },
      data: { status: "CANCELLED" },
    });
    if (!count) return null;
    await emitEnrollmentEvent(tx, "enrollment.revoked", enrollmentId);
    await recordAudit(
      { actorId, action: "enrollment.revoked", targetType: "Enrollment", targetId: enrollmentId, ip },
      tx,
    );
    const row = await tx.enrollment.findUniqueOrThrow({
      where: { id: enrollmentId },
      select: { userId: true, courseId: true, course: { select: { slug: true } } },
    });
    await enqueue(tx, "enrolment.ended", { userId: row.userId, courseId: row.courseId });
    return row.course.slug;
  });
  if (slug) {
    invalidateEnrolment(slug);
    await kickOutbox();
  }
  return slug !== null;
}
