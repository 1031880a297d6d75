import { describe, expect, it } from "vitest";
import { advisorProfileGaps, isAdvisorProfileComplete } from "@/lib/users/advisor-profile";

const complete = {
  headline: "Career coach",
  bio: "Ten years of backend work; I help people switch careers into it.",
  languages: ["English"],
  hasPhoto: false,
  availabilityRules: 2,
};

describe("advisor profile completeness", () => {
  it("is complete with a headline, a bio, a language and weekly availability", () => {
    expect(advisorProfileGaps(complete)).toEqual([]);
    expect(isAdvisorProfileComplete(complete)).toBe(true);
  });

  it("lists every gap of a new profile, as things to do", () => {
    expect(
      advisorProfileGaps({ headline: "Coach", bio: "", languages: [], hasPhoto: false, availabilityRules: 0 }),
    ).toEqual([
      "Write a bio of at least 40 characters.",
      "Say which languages you advise in.",
      "Set your weekly availability.",
    ]);
  });

  it("counts a short bio's characters, ignores blank languages, and asks for a photo only when required", () => {
    expect(advisorProfileGaps({ ...complete, bio: "  Hello  ", languages: [" "] })).toEqual([
      "Make the bio at least 40 characters long; it has 5.",
      "Say which languages you advise in.",
    ]);
    expect(advisorProfileGaps(complete, true)).toEqual(["Add a photo."]);
    expect(isAdvisorProfileComplete({ ...complete, hasPhoto: true }, true)).toBe(true);
  });
});
