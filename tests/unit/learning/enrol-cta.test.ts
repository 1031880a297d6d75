import { describe, expect, it } from "vitest";
import { enrolCallToAction, type EnrolSituation } from "@/lib/catalog/enrol-cta";

const base: EnrolSituation = {
  signedIn: true,
  enrolled: false,
  courseSlug: "sql",
  priceLabel: "$79",
  isFree: true,
  isCohort: false,
  nextCohort: null,
  waitlisted: false,
  resumeHref: "/courses/sql/lessons/intro",
  started: false,
  completed: false,
};

describe("enrolCallToAction", () => {
  it("offers free enrolment, through sign-in for visitors", () => {
    expect(enrolCallToAction(base)).toEqual({ kind: "enrol", label: "Enrol for free" });
    expect(enrolCallToAction({ ...base, signedIn: false })).toEqual({
      kind: "sign-in",
      label: "Enrol for free",
      href: "/sign-in?callbackUrl=%2Fcourses%2Fsql",
    });
  });

  it("says start, continue or review to enrolled learners", () => {
    expect(enrolCallToAction({ ...base, enrolled: true })).toMatchObject({
      kind: "continue",
      label: "Start learning",
      href: base.resumeHref,
    });
    expect(enrolCallToAction({ ...base, enrolled: true, started: true }).label).toBe("Continue learning");
    expect(enrolCallToAction({ ...base, enrolled: true, started: true, completed: true }).label).toBe(
      "Review the course",
    );
  });

  it("sells paid courses", () => {
    expect(enrolCallToAction({ ...base, isFree: false })).toEqual({
      kind: "buy",
      label: "Buy — $79",
      href: "/courses/sql/checkout",
    });
  });

  it("offers the waitlist when the next cohort is full", () => {
    const full = { ...base, isFree: false, isCohort: true, nextCohort: { id: "c1", seatsLeft: 0 } };
    expect(enrolCallToAction(full)).toEqual({ kind: "waitlist", label: "Join the waitlist", cohortId: "c1" });
    expect(enrolCallToAction({ ...full, waitlisted: true }).kind).toBe("waitlisted");
    expect(enrolCallToAction({ ...full, signedIn: false }).kind).toBe("sign-in");
    expect(enrolCallToAction({ ...full, nextCohort: { id: "c1", seatsLeft: 3 } }).kind).toBe("buy");
    expect(enrolCallToAction({ ...full, nextCohort: null }).kind).toBe("unavailable");
  });
});
