// Publishing a small-service project runs it in the server's sandbox: the URL shortener as written passes; a
// known-wrong project that is really right, a starter that already passes, and a model that fails a request
// are each refused with a sentence that names the problem.
import { describe, expect, it } from "vitest";
import { loadCourse } from "@/lib/content/load-curriculum";
import { isServiceExercise } from "@/lib/content/schema";
import { serviceSolutionFiles } from "@/lib/content/service-schema";
import { verifyServiceExercise } from "@/lib/studio/service-verify";

const lesson = loadCourse("prisma/content/http-apis-rest-graphql")
  .modules.flatMap((m) => m.lessons)
  .find((l) => l.slug === "project-url-shortener")!;
const code = lesson.exercise?.type === "code" ? lesson.exercise.code : null;
if (!code || !isServiceExercise(code)) throw new Error("the URL shortener does not read as a service project");
const exercise = { type: "code" as const, ...code };

describe("publishing a small-service project", () => {
  it("accepts the URL shortener as written", async () => {
    expect(await verifyServiceExercise(exercise)).toEqual({ ok: true });
  }, 120_000);

  it("refuses a known-wrong project that answers every request right", async () => {
    const model = serviceSolutionFiles(exercise);
    const verdict = await verifyServiceExercise({
      ...exercise,
      wrongSolutions: [{ mistake: "not wrong at all", files: { "service.js": model["service.js"]! } }],
    });
    expect(verdict).toEqual({
      ok: false,
      message: "the known-wrong project “not wrong at all” answers every request right; add a request it fails.",
    });
  }, 120_000);

  it("refuses a starter that already passes, and a model that fails its own requests", async () => {
    const solved = exercise.files.map((f) => ({ ...f, starter: f.solution ?? f.starter }));
    expect(await verifyServiceExercise({ ...exercise, files: solved, wrongSolutions: [] })).toMatchObject({
      ok: false,
      message: expect.stringContaining("the starter project answers every request right"),
    });
    const broken = exercise.files.map((f) => (f.path === "store.js" ? { ...f, solution: f.starter } : f));
    const verdict = await verifyServiceExercise({ ...exercise, files: broken, wrongSolutions: [] });
    expect(verdict.ok).toBe(false);
    // The author sees the hidden requests' details too.
    if (!verdict.ok)
      expect(verdict.message).toMatch(/^the model project fails its own requests: .*DELETE \/links\/guide/);
  }, 120_000);
});

describe("publishing a Python small-service project", () => {
  const python = loadCourse("prisma/content/http-apis-rest-graphql")
    .modules.flatMap((m) => m.lessons)
    .find((l) => l.slug === "project-url-shortener-in-python")!;
  const pyCode = python.exercise?.type === "code" ? python.exercise.code : null;
  if (!pyCode || !isServiceExercise(pyCode))
    throw new Error("the Python URL shortener does not read as a service project");
  const pyExercise = { type: "code" as const, ...pyCode };

  it("refuses a known-wrong Python project that answers every request right, naming it", async () => {
    const model = serviceSolutionFiles(pyExercise);
    const verdict = await verifyServiceExercise({
      ...pyExercise,
      wrongSolutions: [
        pyExercise.wrongSolutions[0]!,
        { mistake: "not wrong at all", files: { "service.py": model["service.py"]! } },
      ],
    });
    expect(verdict).toEqual({
      ok: false,
      message: "the known-wrong project “not wrong at all” answers every request right; add a request it fails.",
    });
  }, 240_000);
});

describe("publishing a TypeScript small-service project", () => {
  const typescript = loadCourse("prisma/content/http-apis-rest-graphql")
    .modules.flatMap((m) => m.lessons)
    .find((l) => l.slug === "project-url-shortener-in-typescript")!;
  const tsCode = typescript.exercise?.type === "code" ? typescript.exercise.code : null;
  if (!tsCode || !isServiceExercise(tsCode))
    throw new Error("the TypeScript URL shortener does not read as a service project");
  const tsExercise = { type: "code" as const, ...tsCode };

  it("accepts it as written; refuses a model with a syntax error, naming the file and line", async () => {
    expect(await verifyServiceExercise(tsExercise)).toEqual({ ok: true });
    const broken = tsExercise.files.map((f) =>
      f.path === "store.ts"
        ? { ...f, solution: f.solution!.replace("export function find(", "export function find((") }
        : f,
    );
    const line =
      tsExercise.files
        .find((f) => f.path === "store.ts")!
        .solution!.split("\n")
        .findIndex((l) => l.startsWith("export function find(")) + 1;
    const verdict = await verifyServiceExercise({ ...tsExercise, files: broken, wrongSolutions: [] });
    expect(verdict).toMatchObject({ ok: false, message: expect.stringContaining(`store.ts, line ${line}, column`) });
  }, 240_000);
});
