import { describe, expect, it } from "vitest";
import { buildCourseView, type CourseViewInput } from "@/lib/learning/course-view";
import { EMPTY_LEARNER_STATE, type LearnerCourseState } from "@/lib/learning/queries";

const lesson = (slug: string, freePreview = false) => ({
  id: `id-${slug}`,
  slug,
  title: slug,
  minutes: 5,
  freePreview,
});

const course: CourseViewInput = {
  slug: "sql",
  sequential: false,
  priceCents: 0,
  currency: "usd",
  format: "SELF_PACED",
  modules: [{ lessons: [lesson("intro", true), lesson("joins")] }, { lessons: [lesson("indexes")] }],
  cohorts: [],
};

const enrolled = (overrides: Partial<LearnerCourseState> = {}): LearnerCourseState => ({
  ...EMPTY_LEARNER_STATE,
  enrollment: { status: "ACTIVE", lastLessonId: null, cohortId: null },
  ...overrides,
});

const NOW = new Date("2026-12-01T12:00:00Z");

describe("buildCourseView", () => {
  it("shows a visitor the free preview only, the first lesson to start from and no progress", () => {
    const view = buildCourseView(course, EMPTY_LEARNER_STATE, false, NOW);
    expect(view.enrolled).toBe(false);
    expect(view.percent).toBeNull();
    expect([...view.readableIds]).toEqual(["id-intro"]);
    expect(view.startHref).toBe("/courses/sql/lessons/intro");
    expect(view.cta).toEqual({
      kind: "sign-in",
      label: "Enrol for free",
      href: "/sign-in?callbackUrl=%2Fcourses%2Fsql",
    });
  });

  it("opens every lesson to a live enrolment and resumes after the last lesson done", () => {
    const view = buildCourseView(
      course,
      enrolled({
        completedLessonIds: new Set(["id-intro"]),
        enrollment: { status: "ACTIVE", lastLessonId: "id-intro", cohortId: null },
      }),
      true,
      NOW,
    );
    expect(view.enrolled).toBe(true);
    expect(view.percent).toBe(33);
    expect(view.readableIds).toEqual(new Set(["id-intro", "id-joins", "id-indexes"]));
    expect(view.resumeHref).toBe("/courses/sql/lessons/joins");
    expect(view.cta).toMatchObject({
      kind: "continue",
      label: "Continue learning",
      href: "/courses/sql/lessons/joins",
    });
  });

  it("treats a refunded or cancelled enrolment as none", () => {
    for (const status of ["REFUNDED", "CANCELLED"] as const) {
      const view = buildCourseView(
        course,
        enrolled({ enrollment: { status, lastLessonId: null, cohortId: null } }),
        true,
        NOW,
      );
      expect(view.enrolled, status).toBe(false);
      expect([...view.readableIds], status).toEqual(["id-intro"]);
      expect(view.cta.kind, status).toBe("enrol");
    }
  });

  it("opens a sequential course one lesson at a time: the done ones and the first not yet done", () => {
    const fresh = buildCourseView({ ...course, sequential: true }, enrolled(), true, NOW);
    expect(fresh.readableIds).toEqual(new Set(["id-intro"]));
    expect(fresh.lockedIds).toEqual(new Set(["id-joins", "id-indexes"]));
    const started = buildCourseView(
      { ...course, sequential: true },
      enrolled({ completedLessonIds: new Set(["id-intro"]) }),
      true,
      NOW,
    );
    expect(started.readableIds).toEqual(new Set(["id-intro", "id-joins"]));
    expect(started.lockedIds).toEqual(new Set(["id-indexes"]));
  });

  it("says review once every lesson is done", () => {
    const all = new Set(["id-intro", "id-joins", "id-indexes"]);
    const view = buildCourseView(course, enrolled({ completedLessonIds: all, certificateId: "cert-1" }), true, NOW);
    expect(view.percent).toBe(100);
    expect(view.cta.label).toBe("Review the course");
    expect(view.certificateId).toBe("cert-1");
  });

  it("sells a paid course and offers the waitlist of a full cohort that has not started", () => {
    const paid = buildCourseView({ ...course, priceCents: 7900 }, EMPTY_LEARNER_STATE, true, NOW);
    expect(paid.cta).toEqual({ kind: "buy", label: "Buy — $79", href: "/courses/sql/checkout" });

    const cohorts = [
      { id: "past", startsAt: new Date("2026-11-01T00:00:00Z"), seats: 10, _count: { enrollments: 0 } },
      { id: "next", startsAt: new Date("2027-01-10T00:00:00Z"), seats: 2, _count: { enrollments: 1, payments: 1 } },
    ];
    const full = buildCourseView(
      { ...course, format: "COHORT", priceCents: 7900, cohorts },
      EMPTY_LEARNER_STATE,
      true,
      NOW,
    );
    expect(full.cta).toEqual({ kind: "waitlist", label: "Join the waitlist", cohortId: "next" });
    const waiting = buildCourseView(
      { ...course, format: "COHORT", priceCents: 7900, cohorts },
      { ...EMPTY_LEARNER_STATE, waitlistedCohortIds: new Set(["next"]) },
      true,
      NOW,
    );
    expect(waiting.cta.kind).toBe("waitlisted");
  });

  it("sells a later cohort's seat when the next cohort is full, instead of its waitlist", () => {
    const cohorts = [
      { id: "january", startsAt: new Date("2027-01-10T00:00:00Z"), seats: 1, _count: { enrollments: 1 } },
      { id: "april", startsAt: new Date("2027-04-10T00:00:00Z"), seats: 5, _count: { enrollments: 4 } },
    ];
    const view = buildCourseView(
      { ...course, format: "COHORT", priceCents: 7900, cohorts },
      EMPTY_LEARNER_STATE,
      true,
      NOW,
    );
    expect(view.cta).toEqual({ kind: "buy", label: "Buy — $79", href: "/courses/sql/checkout" });
  });

  it("says a payment is being confirmed instead of selling the course again (issue #28)", () => {
    const pending = buildCourseView(
      { ...course, priceCents: 12900 },
      { ...EMPTY_LEARNER_STATE, paymentProcessing: true },
      true,
      NOW,
    );
    expect(pending.cta).toEqual({ kind: "processing", label: "Payment being confirmed", href: "/billing" });
  });
});
