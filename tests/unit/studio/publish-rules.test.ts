import { describe, expect, it } from "vitest";
import type { LessonContent } from "@/lib/studio/lesson-content";
import { publishIssues, type PublishCandidate } from "@/lib/studio/publish-rules";

const front = {
  title: "Window functions",
  summary: "Rank rows without self-joins.",
  topic: "databases",
  level: "beginner",
  format: "self-paced",
  priceCents: 0,
  currency: "usd",
  instructor: "ada@academy.test",
  featured: false,
  sequential: false,
  outcomes: ["Rank rows"],
  cohorts: [],
};
const article: LessonContent = { title: "Intro", kind: "article", minutes: 5, freePreview: false, body: "Hello" };
const quiz = (correct: boolean): LessonContent => ({
  title: "Quiz",
  kind: "quiz",
  minutes: 5,
  freePreview: false,
  body: "",
  quiz: {
    passPercent: 70,
    questions: [
      {
        prompt: "Which?",
        multiple: false,
        explanation: "",
        choices: [
          { text: "a", correct },
          { text: "b", correct: false },
        ],
      },
    ],
  },
});

function candidate(patch: Partial<PublishCandidate> = {}): PublishCandidate {
  return {
    id: "c1",
    front,
    modules: [{ id: "m1", title: "Basics", lessons: [{ id: "l1", title: "Intro", content: article }] }],
    sqlFailures: new Map(),
    ...patch,
  };
}

describe("publishIssues", () => {
  it("is empty for a complete free course", () => {
    expect(publishIssues(candidate())).toEqual([]);
  });
  it("needs a module with a lesson", () => {
    expect(publishIssues(candidate({ modules: [] })).map((i) => i.message)).toEqual([
      "Add at least one module with a lesson.",
    ]);
    expect(publishIssues(candidate({ modules: [{ id: "m1", title: "Empty", lessons: [] }] }))[0]?.href).toBe(
      "/studio/courses/c1#outline",
    );
  });
  it("names an empty module next to full ones", () => {
    const modules = [...candidate().modules, { id: "m2", title: "Later", lessons: [] }];
    expect(publishIssues(candidate({ modules })).map((i) => i.message)).toEqual([
      "The module “Later” has no lessons; add one or delete it.",
    ]);
  });
  it("refuses a quiz question with no correct answer, linking to the lesson", () => {
    const issues = publishIssues(
      candidate({
        modules: [{ id: "m1", title: "Basics", lessons: [{ id: "q1", title: "Quiz", content: quiz(false) }] }],
      }),
    );
    expect(issues).toEqual([
      { message: "Question 1 of “Quiz” has no correct answer.", href: "/studio/courses/c1/lessons/q1" },
    ]);
  });
  it("refuses an SQL exercise the server could not solve", () => {
    const sql: LessonContent = {
      ...article,
      title: "Rank",
      kind: "sql",
      exercise: { setup: "x", starter: "", solution: "y", orderMatters: false, hints: [], wrongSolutions: [] },
    };
    const issues = publishIssues(
      candidate({
        modules: [{ id: "m1", title: "Basics", lessons: [{ id: "s1", title: "Rank", content: sql }] }],
        sqlFailures: new Map([["s1", "the solution fails"]]),
      }),
    );
    expect(issues.map((i) => i.message)).toEqual(["The SQL exercise “Rank” cannot be solved: the solution fails"]);
  });
  it("refuses a code exercise the sandbox found unsolvable, with a link to the lesson", () => {
    const code: LessonContent = {
      ...article,
      title: "Double",
      kind: "code",
      exercise: {
        language: "javascript",
        functionName: "solve",
        starter: "function solve() {}",
        solution: "function solve(n) { return n * 2; }",
        tests: [{ name: "two", args: [2], expected: 4 }],
        hiddenTests: [],
        hints: [],
        wrongSolutions: [],
      },
    };
    const modules = [{ id: "m1", title: "Basics", lessons: [{ id: "x1", title: "Double", content: code }] }];
    expect(publishIssues(candidate({ modules }))).toEqual([]);
    expect(
      publishIssues(candidate({ modules, codeFailures: new Map([["x1", "the starter code already passes."]]) })),
    ).toEqual([
      {
        message: "The code exercise “Double” cannot be published: the starter code already passes.",
        href: "/studio/courses/c1/lessons/x1",
      },
    ]);
  });
  it("checks the course settings with the curriculum schema, and cohorts for a cohort course", () => {
    const issues = publishIssues(candidate({ front: { ...front, summary: "short", format: "cohort" } }));
    expect(
      issues.some(
        (i) =>
          i.message === "The summary needs at least 10 characters; it has 5." &&
          i.href === "/studio/courses/c1#settings",
      ),
    ).toBe(true);
    expect(publishIssues(candidate({ front: { ...front, format: "cohort" } })).map((i) => i.message)).toEqual([
      "A cohort course needs at least one cohort with dates.",
    ]);
  });
  it("flags lessons without text and content that no longer reads", () => {
    const modules = [
      {
        id: "m1",
        title: "Basics",
        lessons: [
          { id: "l1", title: "Blank", content: { ...article, body: "  " } },
          { id: "l2", title: "Broken", content: null },
        ],
      },
    ];
    expect(publishIssues(candidate({ modules })).map((i) => i.message)).toEqual([
      "“Blank” has no text yet.",
      "“Broken” has content that no longer reads; open it and save again.",
    ]);
  });
});
