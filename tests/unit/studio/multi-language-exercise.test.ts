// The studio carries an exercise offered in JavaScript and in Python through validation, export/import and
// the publish check, unchanged (the lesson format of lib/content is the one format).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadCourse } from "@/lib/content/load-curriculum";
import type { CourseFront } from "@/lib/content/schema";
import { courseFiles, type ExportCourse } from "@/lib/studio/course-files";
import { contentOfCurriculumLesson } from "@/lib/studio/import-course";
import { lessonContentSchema, type LessonContent } from "@/lib/studio/lesson-content";
import { publishIssues } from "@/lib/studio/publish-rules";

const dir = mkdtempSync(path.join(tmpdir(), "studio-languages-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const javascript = {
  language: "javascript",
  functionName: "double",
  starter: "function double(n) {}",
  solution: "function double(n) { return n * 2; }",
  tests: [{ name: "three", args: [3], expected: 6 }],
  wrongSolutions: [{ mistake: "adds", solution: "function double(n) { return n + 3; }" }],
};
const python = {
  language: "python",
  functionName: "double",
  starter: "def double(n):\n    pass\n",
  solution: "def double(n):\n    return n * 2\n",
  tests: "def test_three():\n    assert double(3) == 6\n",
};
const lesson = (exercise: unknown): LessonContent =>
  lessonContentSchema.parse({ title: "Double it", kind: "code", minutes: 10, body: "Write it.", exercise });

const front: CourseFront = {
  title: "Doubling",
  summary: "Double numbers in two languages.",
  topic: "apis",
  level: "beginner",
  format: "self-paced",
  priceCents: 0,
  currency: "usd",
  instructor: "ada@academy.test",
  featured: false,
  sequential: false,
  outcomes: ["Double"],
  cohorts: [],
};

describe("a code exercise in JavaScript and in Python in the studio", () => {
  it("validates each language at its own field", () => {
    const parsed = lessonContentSchema.safeParse({
      title: "Double it",
      kind: "code",
      minutes: 10,
      body: "Write it.",
      exercise: { languages: [javascript, { ...python, tests: "" }] },
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual(["exercise.languages.1.tests"]);
  });

  it("exports and imports it unchanged", () => {
    const content = lesson({ languages: [javascript, python] });
    const course: ExportCourse = {
      slug: "doubling",
      front,
      description: "Doubling.",
      modules: [{ slug: "basics", title: "Basics", summary: "", lessons: [{ slug: "double", content }] }],
    };
    for (const [name, text] of courseFiles(course)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    const loaded = loadCourse(path.join(dir, "doubling"));
    expect(loaded.modules[0]!.lessons.map(contentOfCurriculumLesson)).toEqual([content]);
  });

  it("is published only when every language has tests", () => {
    const issues = (content: LessonContent) =>
      publishIssues({
        id: "c1",
        front,
        modules: [{ id: "m1", title: "Basics", lessons: [{ id: "l1", title: "Double it", content }] }],
        sqlFailures: new Map(),
      }).map((i) => i.message);
    expect(issues(lesson({ languages: [javascript, python] }))).toEqual([]);
    const noTests = lesson({ languages: [javascript, python] });
    (noTests.exercise as { languages: { tests: unknown }[] }).languages[0]!.tests = [];
    expect(issues(noTests)).toEqual(["The code exercise “Double it” has no tests."]);
  });
});
