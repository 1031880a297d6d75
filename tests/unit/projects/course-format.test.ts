// Projects and drip days travel in the course format: written by the exporter, read back by the loader the
// seed and the importer use, unchanged.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadCourse } from "@/lib/content/load-curriculum";
import { projectFrontOf, projectRowOf } from "@/lib/projects/course-format";
import { courseFiles, type ExportCourse } from "@/lib/studio/course-files";

const dir = mkdtempSync(path.join(os.tmpdir(), "projects-format-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rubric = [
  {
    title: "Works",
    levels: [
      { label: "No", points: 0 },
      { label: "Yes, with tests", points: 3 },
    ],
  },
  {
    title: "Write-up, clear",
    levels: [
      { label: "Missing", points: 0 },
      { label: "Present", points: 1 },
    ],
  },
];

const course: ExportCourse = {
  slug: "live-apis",
  front: {
    title: "Live APIs",
    summary: "A cohort course with projects.",
    topic: "apis",
    level: "beginner",
    format: "cohort",
    priceCents: 1000,
    currency: "usd",
    instructor: "ada@academy.test",
    featured: false,
    sequential: false,
    outcomes: ["Ship an API"],
    cohorts: [],
  },
  description: "About the course.",
  modules: [
    { slug: "week-one", title: "Week one", summary: "", releaseDay: 0, lessons: [] },
    { slug: "week-two", title: "Week two", summary: "", releaseDay: 7, lessons: [] },
  ],
  projects: [
    projectFrontOf({
      slug: "ship-it",
      title: "Ship it",
      brief: "Build **the** API.",
      deadlineDay: 12,
      submissionKind: "UPLOAD",
      latePolicy: "ACCEPT_LATE",
      required: true,
      passMark: 3,
      rubric,
      reviewCall: true,
    }),
  ],
};

describe("projects in the course format", () => {
  it("round-trips projects, rubrics and module release days", () => {
    for (const [name, text] of courseFiles(course)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    expect([...courseFiles(course).keys()]).toContain("live-apis/projects/01-ship-it.md");
    const loaded = loadCourse(path.join(dir, "live-apis"));
    expect(loaded.modules.map((m) => [m.slug, m.releaseDay])).toEqual([
      ["week-one", 0],
      ["week-two", 7],
    ]);
    expect(loaded.projects).toHaveLength(1);
    expect(projectRowOf(loaded.projects[0]!, 1)).toEqual({
      title: "Ship it",
      brief: "Build **the** API.",
      deadlineDay: 12,
      submissionKind: "UPLOAD",
      latePolicy: "ACCEPT_LATE",
      required: true,
      passMark: 3,
      rubric,
      reviewCall: true,
      position: 1,
    });
  });

  it("refuses a project file whose rubric has no criteria", () => {
    const bad = path.join(dir, "bad-course");
    mkdirSync(path.join(bad, "projects"), { recursive: true });
    writeFileSync(path.join(bad, "course.md"), courseFiles(course).get("live-apis/course.md")!);
    writeFileSync(
      path.join(bad, "projects", "01-empty.md"),
      "---\ntitle: Empty rubric\ndeadlineDay: 3\nsubmission: text\npassMark: 1\nrubric: []\n---\nBrief.\n",
    );
    expect(() => loadCourse(bad)).toThrow(/A rubric needs at least one criterion/);
  });
});
