// Every Python sample in a lesson's prose that is meant to run does run (issue #15), in Pyodide, the engine of
// the Python exercises: each lesson's ```python blocks run in order in one fresh namespace, so a later block
// may use what an earlier one defined. A block fenced ```python illustrative (a fragment, or code that needs a
// framework, a server or a network: FastAPI, SQLAlchemy, Redis, …) is not run, but must still be valid Python.
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadPyodide, type PyodideInterface } from "pyodide";
import { beforeAll, describe, expect, it } from "vitest";
import { PYODIDE_DIR } from "@/lib/learning/sandbox/run-sandbox";
import { fencedSamples, firstLine, isIllustrative, lessonFiles } from "./prose-samples";

const lessons = lessonFiles()
  .map((file) => ({
    file: path.relative(process.cwd(), file),
    samples: fencedSamples(readFileSync(file, "utf8"), "python"),
  }))
  .filter((lesson) => lesson.samples.length > 0);

// Runs one lesson's samples in a fresh namespace; reports the first failure as text, or null.
const RUNNER = String.raw`
import ast, contextlib, io, traceback

def _run_samples(samples, illustrative):
    namespace = {"__name__": "__lesson__"}
    for index, (code, only_parse) in enumerate(zip(samples, illustrative)):
        try:
            if only_parse:
                ast.parse(code)
                continue
            with contextlib.redirect_stdout(io.StringIO()):
                exec(compile(code, f"sample-{index + 1}.py", "exec"), namespace)
        except BaseException:
            return index, traceback.format_exc(limit=-2)
    return None

_run_samples
`;

let runSamples: (samples: string[], illustrative: boolean[]) => [number, string] | null;
let pyodide: PyodideInterface;

beforeAll(async () => {
  pyodide = await loadPyodide({ indexURL: PYODIDE_DIR });
  const fn = pyodide.runPython(RUNNER) as (samples: string[], illustrative: boolean[]) => unknown;
  runSamples = (samples, illustrative) => {
    const result = fn(samples, illustrative) as { toJs(): [number, string] } | undefined | null;
    return result ? result.toJs() : null;
  };
}, 300_000);

describe("Python samples in lesson prose", () => {
  let ran = 0;

  for (const lesson of lessons) {
    it(`${lesson.file} runs its Python samples`, () => {
      const failure = runSamples(
        lesson.samples.map((s) => s.code),
        lesson.samples.map(isIllustrative),
      );
      if (failure) {
        const [index, trace] = failure;
        const sample = lesson.samples[index]!;
        throw new Error(
          `${lesson.file}: ${isIllustrative(sample) ? "illustrative sample (not valid Python)" : "sample"} starting "${firstLine(sample.code)}" failed:\n${trace}`,
        );
      }
      ran += lesson.samples.filter((s) => !isIllustrative(s)).length;
    });
  }

  it("runs at least 12 samples overall (marking everything illustrative cannot pass)", () => {
    expect(ran).toBeGreaterThanOrEqual(12);
  });
});
