import { describe, expect, it } from "vitest";
import { describeRating, lessonsUntilReview, mayReview, summarizeRatings } from "@/lib/reviews/rules";

describe("mayReview", () => {
  it("needs a live enrolment and a third of the lessons done", () => {
    expect(mayReview("ACTIVE", 3, 9)).toBe(true);
    expect(mayReview("ACTIVE", 2, 9)).toBe(false);
    expect(mayReview("COMPLETED", 9, 9)).toBe(true);
    expect(mayReview("ACTIVE", 1, 3)).toBe(true);
    expect(mayReview("ACTIVE", 1, 4)).toBe(false);
  });

  it("refuses without an enrolment, a cancelled or refunded one, or an empty course", () => {
    expect(mayReview(null, 9, 9)).toBe(false);
    expect(mayReview("CANCELLED", 9, 9)).toBe(false);
    expect(mayReview("REFUNDED", 9, 9)).toBe(false);
    expect(mayReview("ACTIVE", 0, 0)).toBe(false);
  });

  it("says how many lessons are left before the form opens", () => {
    expect(lessonsUntilReview(0, 16)).toBe(6);
    expect(lessonsUntilReview(6, 16)).toBe(0);
    expect(lessonsUntilReview(10, 16)).toBe(0);
  });
});

describe("summarizeRatings", () => {
  it("averages to one decimal and counts", () => {
    expect(summarizeRatings([5, 4, 4])).toEqual({ average: 4.3, count: 3 });
    expect(summarizeRatings([1])).toEqual({ average: 1, count: 1 });
    expect(summarizeRatings([])).toBeNull();
  });

  it("is read aloud as a sentence", () => {
    expect(describeRating({ average: 4.5, count: 2 })).toBe("Rated 4.5 out of 5 by 2 learners");
    expect(describeRating({ average: 5, count: 1 })).toBe("Rated 5.0 out of 5 by 1 learner");
  });
});
