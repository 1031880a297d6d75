// When a certificate is due, and what it records. Pure.
import type { EnrollmentStatus } from "../db/generated/enums";
import { isLiveEnrollment } from "../enrolment/rules";

export type CertificateDecision = "issue" | "already-issued" | "incomplete" | "projects-pending" | "not-enrolled";

export function decideCertificate(input: {
  enrollmentStatus: EnrollmentStatus | null;
  totalLessons: number;
  completedLessons: number;
  /** Required projects of a cohort course not passed yet (0 for a self-paced course). */
  requiredProjectsLeft?: number;
  alreadyIssued: boolean;
}): CertificateDecision {
  if (!isLiveEnrollment(input.enrollmentStatus)) return "not-enrolled";
  if (input.alreadyIssued) return "already-issued";
  if (input.totalLessons === 0 || input.completedLessons < input.totalLessons) return "incomplete";
  if ((input.requiredProjectsLeft ?? 0) > 0) return "projects-pending";
  return "issue";
}

/** The name printed on a certificate: the learner's name, or the part of the e-mail before "@". */
export function recipientName(user: { name: string | null; email: string }): string {
  const name = user.name?.trim();
  if (name) return name;
  return user.email.split("@")[0] || user.email;
}
