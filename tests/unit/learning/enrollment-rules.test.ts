import { describe, expect, it } from "vitest";
import { isLiveEnrollment, LIVE_ENROLLMENT_STATUSES } from "@/lib/enrolment/rules";

describe("isLiveEnrollment", () => {
  it("is true for active and completed enrolments, by row or by status", () => {
    expect(isLiveEnrollment({ status: "ACTIVE" })).toBe(true);
    expect(isLiveEnrollment({ status: "COMPLETED" })).toBe(true);
    expect(isLiveEnrollment("ACTIVE")).toBe(true);
    expect([...LIVE_ENROLLMENT_STATUSES]).toEqual(["ACTIVE", "COMPLETED"]);
  });

  it("is false for every other status and for no enrolment", () => {
    for (const status of ["CANCELLED", "REFUNDED"] as const) expect(isLiveEnrollment({ status }), status).toBe(false);
    expect(isLiveEnrollment(null)).toBe(false);
    expect(isLiveEnrollment(undefined)).toBe(false);
  });
});
