import { describe, expect, it } from "vitest";
import { courseFrontSchema } from "@/lib/content/schema";
import { fieldName, issueSentence } from "@/lib/studio/issue-sentences";

const valid = {
  title: "Queues in practice",
  summary: "Work queues, retries and dead letters.",
  topic: "apis",
  level: "beginner",
  format: "self-paced",
  priceCents: 0,
  currency: "usd",
  instructor: "ada@academy.test",
  outcomes: ["Retry safely"],
};

function sentences(front: Record<string, unknown>) {
  const parsed = courseFrontSchema.safeParse(front);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => issueSentence(issue, front));
}

describe("issue sentences", () => {
  it("says how many characters are needed and how many there are", () => {
    expect(sentences({ ...valid, summary: "Abcd" })).toEqual(["The summary needs at least 10 characters; it has 4."]);
    expect(sentences({ ...valid, title: "x".repeat(121) })).toEqual([
      "Keep the title to 120 characters or fewer; it has 121.",
    ]);
  });

  it("names missing fields, bad choices, addresses and empty lists plainly", () => {
    expect(sentences({ ...valid, summary: undefined })).toEqual(["Fill in the summary."]);
    expect(sentences({ ...valid, topic: "gardening" })).toEqual(["Choose the topic from the list."]);
    expect(sentences({ ...valid, instructor: "not-an-email@" })).toEqual([
      "The instructor's email is not a valid email address.",
    ]);
    expect(sentences({ ...valid, outcomes: [] })).toEqual(["Add at least one item to the list of outcomes."]);
    expect(sentences({ ...valid, outcomes: ["ok"] })).toEqual(["Outcome 1 needs at least 3 characters; it has 2."]);
  });

  it("never reads like validator text", () => {
    const all = sentences({ title: "", summary: "", outcomes: [], priceCents: -1 });
    expect(all.length).toBeGreaterThan(3);
    for (const sentence of all) expect(sentence).not.toMatch(/expected|Too small|Invalid|>=/);
    expect(fieldName(["cohorts", 0, "seats"])).toBe("cohort 1's number of seats");
  });
});

describe("field names in nested content", () => {
  it("names list items by number, innermost first", () => {
    expect(fieldName(["quiz", "questions", 1, "prompt"])).toBe("question 2's wording");
    expect(fieldName(["quiz", "questions", 2, "choices", 0, "text"])).toBe("choice 1 of question 3's text");
    expect(fieldName(["outcomes", 1])).toBe("outcome 2");
    expect(fieldName(["exercise", "functionName"])).toBe("the function name");
  });
});
