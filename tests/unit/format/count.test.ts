import { describe, expect, it } from "vitest";
import { countOf } from "@/lib/format/count";

describe("countOf", () => {
  it("puts the noun in the number the count asks for", () => {
    expect(countOf(1, "booking")).toBe("1 booking");
    expect(countOf(0, "booking")).toBe("0 bookings");
    expect(countOf(2, "booking")).toBe("2 bookings");
    expect(countOf(1200, "learner")).toBe("1,200 learners");
  });

  it("takes an irregular plural", () => {
    expect(countOf(1, "person", "people")).toBe("1 person");
    expect(countOf(3, "person", "people")).toBe("3 people");
  });
});
