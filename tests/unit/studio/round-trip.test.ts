// Export then import: the files the studio writes are read back by the seed's own loader into the same course.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadCourse } from "@/lib/content/load-curriculum";
import { courseFiles, type ExportCourse } from "@/lib/studio/course-files";
import { contentOfCurriculumLesson } from "@/lib/studio/import-course";
import { lessonContentSchema } from "@/lib/studio/lesson-content";

const dir = mkdtempSync(path.join(tmpdir(), "studio-round-trip-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const course: ExportCourse = {
  slug: "window-functions",
  front: {
    title: "Window functions",
    summary: "Rank rows without self-joins.",
    topic: "databases",
    level: "intermediate",
    format: "cohort",
    priceCents: 4900,
    currency: "usd",
    instructor: "ada@academy.test",
    featured: false,
    sequential: true,
    outcomes: ["Rank rows", "Running totals"],
    cohorts: [
      {
        title: "Spring",
        startsAt: new Date("2030-03-01T09:00:00Z"),
        endsAt: new Date("2030-04-01T09:00:00Z"),
        seats: 12,
        timeZone: "Europe/Berlin",
      },
    ],
  },
  description: "About **windows**.",
  modules: [
    {
      slug: "ranking",
      title: "Ranking rows",
      summary: "rank() and friends",
      lessons: [
        {
          slug: "why",
          content: lessonContentSchema.parse({
            title: "Why windows",
            kind: "article",
            minutes: 7,
            freePreview: true,
            body: "## Ranking\n\n> **Note:** a callout: with a colon.",
          }),
        },
        {
          slug: "check",
          content: lessonContentSchema.parse({
            title: "Check yourself",
            kind: "quiz",
            minutes: 3,
            body: "",
            quiz: {
              passPercent: 80,
              questions: [
                {
                  prompt: "Gaps after ties?",
                  explanation: "rank() skips",
                  choices: [
                    { text: "`rank()`", correct: true },
                    { text: "row_number()", correct: false },
                  ],
                },
              ],
            },
          }),
        },
        {
          slug: "rank-scores",
          content: lessonContentSchema.parse({
            title: "Rank the scores",
            kind: "sql",
            minutes: 10,
            body: "Do it.",
            exercise: {
              setup: "CREATE TABLE s (p text, v int);\nINSERT INTO s VALUES ('a', 1);",
              solution: "SELECT p, rank() OVER (ORDER BY v) FROM s;",
              orderMatters: true,
              hints: ["OVER"],
            },
          }),
        },
        {
          slug: "double",
          content: lessonContentSchema.parse({
            title: "Double it",
            kind: "code",
            minutes: 10,
            body: "Write it.",
            exercise: {
              language: "javascript",
              functionName: "double",
              starter: "function double(n) {}",
              solution: "function double(n) { return n * 2; }",
              tests: [
                { name: "two", args: [2], expected: 4 },
                { name: "object", args: [{ a: [1, null] }], expected: { a: [1, null] } },
              ],
            },
          }),
        },
      ],
    },
  ],
};

describe("export / import round trip", () => {
  it("reproduces the course through lib/content's loader", () => {
    for (const [name, text] of courseFiles(course)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    const loaded = loadCourse(path.join(dir, "window-functions"));
    expect(loaded.slug).toBe(course.slug);
    expect({ ...loaded, modules: undefined, projects: undefined, slug: undefined, description: undefined }).toEqual({
      ...course.front,
      modules: undefined,
      projects: undefined,
      slug: undefined,
      description: undefined,
    });
    expect(loaded.description).toBe(course.description);
    expect(loaded.modules.map((m) => [m.slug, m.title, m.summary])).toEqual([
      ["ranking", "Ranking rows", "rank() and friends"],
    ]);
    expect(loaded.modules[0]!.lessons.map((l) => l.slug)).toEqual(["why", "check", "rank-scores", "double"]);
    expect(loaded.modules[0]!.lessons.map(contentOfCurriculumLesson)).toEqual(
      course.modules[0]!.lessons.map((l) => l.content),
    );
  });

  it("names files in the prisma/content layout", () => {
    expect([...courseFiles(course).keys()]).toEqual([
      "window-functions/course.md",
      "window-functions/01-ranking/module.md",
      "window-functions/01-ranking/01-why.md",
      "window-functions/01-ranking/02-check.md",
      "window-functions/01-ranking/03-rank-scores.md",
      "window-functions/01-ranking/04-double.md",
    ]);
  });
});
