// "Live enrolment", named once: an enrolment that gives access (active, or completed and kept). Cancelled,
// refunded or waitlisted ones do not.
import type { EnrollmentStatus } from "../db/generated/enums";

export const LIVE_ENROLLMENT_STATUSES = ["ACTIVE", "COMPLETED"] as const satisfies readonly EnrollmentStatus[];

/** Takes the row, its status (typed, or as text from raw SQL), or nothing. */
export function isLiveEnrollment(
  enrollment: { status: EnrollmentStatus } | EnrollmentStatus | string | null | undefined,
): boolean {
  const status = typeof enrollment === "string" ? enrollment : enrollment?.status;
  return status === "ACTIVE" || status === "COMPLETED";
}
