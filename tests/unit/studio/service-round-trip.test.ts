// A small-service lesson survives the course format's round trip (curriculum file -> studio content -> exported
// file -> content again, files, suites and known-wrong projects included); the learner's view of it holds no
// model file, known-wrong project or hidden request but their names; and an answer cannot replace a given file.
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { loadCourse } from "@/lib/content/load-curriculum";
import { serviceExerciseSchema } from "@/lib/content/service-schema";
import { isService, parseLessonExercise, toExerciseView } from "@/lib/learning/schema";
import { serviceAnswerFiles, serviceModelAnswer } from "@/lib/learning/service/service-answer";
import { lessonFileText } from "@/lib/studio/course-files";
import { contentOfCurriculumLesson } from "@/lib/studio/import-course";
import { lessonContentSchema, lessonRowData } from "@/lib/studio/lesson-content";

const lessons = loadCourse("prisma/content/http-apis-rest-graphql").modules.flatMap((m) => m.lessons);
// The URL shortener in JavaScript, in Python and in TypeScript.
const SLUGS = ["project-url-shortener", "project-url-shortener-in-python", "project-url-shortener-in-typescript"];
const lessonOf = (slug: string) => lessons.find((l) => l.slug === slug)!;
const storedOf = (slug: string) => {
  const exercise = parseLessonExercise(lessonRowData(contentOfCurriculumLesson(lessonOf(slug))).exercise);
  if (!exercise || !isService(exercise)) throw new Error(`${slug} does not read as a service project`);
  return exercise;
};
const stored = () => storedOf("project-url-shortener");

describe.each(SLUGS)("the small-service lesson %s in the course format", (slug) => {
  const lesson = lessonOf(slug);
  const stored = () => storedOf(slug);
  it("export and import give back the same content", () => {
    const content = contentOfCurriculumLesson(lesson);
    const { data, content: body } = matter(lessonFileText(content));
    expect(lessonContentSchema.parse({ ...data, body: body.trim() })).toEqual(content);
  });

  it("the browser's view keeps no model file, known-wrong project or hidden request, only the hidden names", () => {
    const exercise = stored();
    const view = toExerciseView(exercise);
    const text = JSON.stringify(view);
    for (const key of ["wrongSolutions", "hiddenTests"]) expect(view).not.toHaveProperty(key);
    for (const file of exercise.files)
      if (file.solution && file.solution !== file.starter) expect(text).not.toContain(file.solution);
    for (const wrong of exercise.wrongSolutions) expect(text).not.toContain(wrong.mistake);
    for (const hidden of exercise.hiddenTests) expect(text).not.toContain(JSON.stringify(hidden.request));
    expect(view).toMatchObject({ hiddenNames: exercise.hiddenTests.map((t) => t.name), tests: exercise.tests });
  });
});

describe("small-service projects", () => {
  it("the Python URL shortener is the JavaScript one's API in .py files, its requests the same", () => {
    const [javascript, python] = SLUGS.map(storedOf);
    expect(python).toMatchObject({ language: "python", entry: "routes.py" });
    expect(python!.files.map((f) => f.path)).toEqual(["routes.py", "service.py", "store.py"]);
    expect(python!.tests).toEqual(javascript!.tests);
    expect(python!.hiddenTests).toEqual(javascript!.hiddenTests);
  });

  it("an answer's files replace only the editable ones; a file left out stays at its starter", () => {
    const exercise = {
      files: [
        { path: "routes.js", editable: true, starter: "// routes" },
        { path: "store.js", editable: false, starter: "// given store" },
      ],
    };
    expect(serviceAnswerFiles(exercise, JSON.stringify({ "store.js": "// hacked", "extra.js": "x" }))).toEqual({
      "routes.js": "// routes",
      "store.js": "// given store",
    });
    expect(() => serviceAnswerFiles(exercise, "not json")).toThrow(/could not be read/);
    expect(JSON.parse(serviceModelAnswer(stored()))).toHaveProperty("service.js");
  });

  it("refuses an entry that is not a file, a path listed twice, and a known-wrong project replacing a given file", () => {
    const base = {
      task: "service",
      language: "javascript",
      entry: "routes.js",
      files: [
        { path: "routes.js", starter: "" },
        { path: "store.js", editable: false, starter: "" },
      ],
      tests: [{ name: "a request", request: { method: "GET", path: "/" }, expect: { status: 200 } }],
    };
    expect(serviceExerciseSchema.safeParse(base).success).toBe(true);
    const issues = (value: unknown) =>
      serviceExerciseSchema.safeParse(value).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];
    expect(issues({ ...base, entry: "main.js" })).toEqual(["entry: name one of the project's files as the entry"]);
    expect(issues({ ...base, files: [...base.files, { path: "routes.js", starter: "" }] })).toEqual([
      "files.2.path: routes.js is listed twice",
    ]);
    expect(issues({ ...base, wrongSolutions: [{ mistake: "changes the store", files: { "store.js": "" } }] })).toEqual([
      "wrongSolutions.0.files.store.js: store.js is not a file the learner may edit",
    ]);
    expect(issues({ ...base, language: "ruby" })[0]).toContain("write the project in javascript, typescript or python");
    expect(issues({ ...base, language: "typescript" })).toEqual([
      "files.0.path: a TypeScript project's files end in .ts",
      "files.1.path: a TypeScript project's files end in .ts",
    ]);
    expect(issues({ ...base, language: "python" })).toEqual([
      "files.0.path: a Python project's files end in .py",
      "files.1.path: a Python project's files end in .py",
    ]);
    const python = {
      ...base,
      language: "python",
      entry: "routes.py",
      files: [
        { path: "routes.py", starter: "" },
        { path: "data/store.py", editable: false, starter: "" },
      ],
    };
    expect(issues(python)).toEqual([]);
    expect(issues({ ...python, files: [...python.files, { path: "my-store.py", starter: "" }] })[0]).toContain(
      "a .py name has no hyphen",
    );
  });
});
