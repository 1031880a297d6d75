// Enrolments, their progress and certificates, a page at a time by id: the public API's reads (lib/api/v1).
// Who may see what is decided by the caller's `ownerId`: a person's own rows, or (null) everyone's for an admin.
import { db } from "../db/client";
import type { EnrollmentStatus } from "../db/generated/enums";
import type { Prisma } from "../db/generated/client";

export const enrollmentApiSelect = {
  id: true,
  status: true,
  source: true,
  createdAt: true,
  completedAt: true,
  userId: true,
  user: { select: { id: true, email: true, name: true } },
  course: { select: { id: true, slug: true, title: true } },
} satisfies Prisma.EnrollmentSelect;

export type EnrollmentApiRow = Prisma.EnrollmentGetPayload<{ select: typeof enrollmentApiSelect }>;

export type EnrollmentFilter = {
  ownerId: string | null;
  courseSlug?: string;
  status?: EnrollmentStatus;
  /** Enrolments made or completed at or after this time. */
  since?: Date;
  afterId?: string;
  take: number;
};

export function listEnrollmentsPage(filter: EnrollmentFilter): Promise<EnrollmentApiRow[]> {
  return db.enrollment.findMany({
    where: {
      ...(filter.ownerId ? { userId: filter.ownerId } : {}),
      ...(filter.courseSlug ? { course: { slug: filter.courseSlug } } : {}),
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.since ? { OR: [{ createdAt: { gte: filter.since } }, { completedAt: { gte: filter.since } }] } : {}),
      ...(filter.afterId ? { id: { gt: filter.afterId } } : {}),
    },
    orderBy: { id: "asc" },
    take: filter.take,
    select: enrollmentApiSelect,
  });
}

/** One enrolment, if `ownerId` (null: anyone's) may see it. */
export function getEnrollmentFor(id: string, ownerId: string | null): Promise<EnrollmentApiRow | null> {
  return db.enrollment.findFirst({
    where: { id, ...(ownerId ? { userId: ownerId } : {}) },
    select: enrollmentApiSelect,
  });
}

/** When each lesson of a course was completed by a learner (lessons not completed are absent). */
export async function lessonCompletions(userId: string, courseId: string): Promise<Map<string, Date>> {
  const rows = await db.lessonProgress.findMany({
    where: { userId, courseId, completedAt: { not: null } },
    select: { lessonId: true, completedAt: true },
  });
  return new Map(rows.map((row) => [row.lessonId, row.completedAt!]));
}

export const certificateApiSelect = {
  id: true,
  recipientName: true,
  courseTitle: true,
  instructorName: true,
  issuedAt: true,
  course: { select: { slug: true } },
} satisfies Prisma.CertificateSelect;

export function listCertificatesPage(ownerId: string | null, afterId: string | undefined, take: number) {
  return db.certificate.findMany({
    where: { ...(ownerId ? { userId: ownerId } : {}), ...(afterId ? { id: { gt: afterId } } : {}) },
    orderBy: { id: "asc" },
    take,
    select: certificateApiSelect,
  });
}
