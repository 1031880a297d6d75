import { describe, expect, it } from "vitest";
import { maxPoints, parseRubricText, rubricToText, scoreRubric } from "@/lib/projects/rubric";

const TEXT = "Works: No = 0; Partly = 1; Yes = 3\nReadme: Missing = 0; Present = 1";

describe("rubric text", () => {
  it("parses criteria and levels, and writes them back the same", () => {
    const parsed = parseRubricText(TEXT);
    expect(parsed).toEqual({
      rubric: [
        {
          title: "Works",
          levels: [
            { label: "No", points: 0 },
            { label: "Partly", points: 1 },
            { label: "Yes", points: 3 },
          ],
        },
        {
          title: "Readme",
          levels: [
            { label: "Missing", points: 0 },
            { label: "Present", points: 1 },
          ],
        },
      ],
    });
    if ("rubric" in parsed) {
      expect(rubricToText(parsed.rubric)).toBe(TEXT);
      expect(maxPoints(parsed.rubric)).toBe(4);
    }
  });

  it("refuses a rubric without criteria, and a level without points", () => {
    expect(parseRubricText("  \n")).toEqual({ error: "A rubric needs at least one criterion." });
    expect(parseRubricText("Works: No; Yes = 1")).toEqual({
      error: 'Line 1: each level is "Name = points", as in "Meets = 2".',
    });
    expect(parseRubricText("Works = 1")).toMatchObject({ error: expect.stringMatching(/^Line 1/) });
  });
});

describe("scoreRubric", () => {
  const parsed = parseRubricText(TEXT);
  const rubric = "rubric" in parsed ? parsed.rubric : [];

  it("adds the chosen levels and compares with the pass mark", () => {
    expect(scoreRubric(rubric, [2, 1], 3)).toEqual({ points: 4, passes: true });
    expect(scoreRubric(rubric, [1, 1], 3)).toEqual({ points: 2, passes: false });
    expect(scoreRubric(rubric, [2, 0], 3)).toEqual({ points: 3, passes: true });
  });

  it("refuses a missing or unknown level", () => {
    expect(scoreRubric(rubric, [2], 3)).toEqual({ error: "Choose a level for every criterion." });
    expect(scoreRubric(rubric, [2, 5], 3)).toEqual({ error: 'Choose a level for "Readme".' });
  });
});
