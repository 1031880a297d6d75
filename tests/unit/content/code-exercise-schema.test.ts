// The front-matter shape of a code exercise: one language, or several under `languages`.
import { describe, expect, it } from "vitest";
import { codeExerciseSchema, codeVariant, codeVariants } from "@/lib/content/schema";

const javascript = {
  language: "javascript",
  functionName: "double",
  starter: "function double(n) {}",
  solution: "function double(n) { return n * 2; }",
  tests: [{ name: "doubles", args: [2], expected: 4 }],
  wrongSolutions: [{ mistake: "adds instead", solution: "function double(n) { return n + 2; }" }],
};
const python = {
  language: "python",
  functionName: "double",
  starter: "def double(n):\n    pass\n",
  solution: "def double(n):\n    return n * 2\n",
  tests: "def test_doubles():\n    assert double(2) == 4\n",
};

const issues = (value: unknown) => {
  const parsed = codeExerciseSchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("code exercise front matter", () => {
  it("reads a single-language exercise as before", () => {
    const parsed = codeExerciseSchema.parse(javascript);
    expect(codeVariants(parsed).map((v) => v.language)).toEqual(["javascript"]);
    expect(codeVariant(parsed)?.solution).toBe(javascript.solution);
  });

  it("reads an exercise in both languages, each complete, the first listed first", () => {
    const parsed = codeExerciseSchema.parse({ languages: [python, javascript] });
    expect(codeVariants(parsed).map((v) => v.language)).toEqual(["python", "javascript"]);
    expect(codeVariant(parsed)?.language).toBe("python");
    expect(codeVariant(parsed, "javascript")?.functionName).toBe("double");
    // Defaults apply per language.
    expect(codeVariant(parsed, "python")?.wrongSolutions).toEqual([]);
    expect(codeVariant(parsed, "python")?.hints).toEqual([]);
  });

  it("names no language that is not offered", () => {
    expect(codeVariant(codeExerciseSchema.parse(javascript), "python")).toBeNull();
  });

  it("reports a mistake at its field, in a single exercise and inside a language", () => {
    expect(issues({ ...javascript, tests: [] })).toEqual([expect.stringMatching(/^tests: /)]);
    expect(issues({ languages: [javascript, { ...python, tests: "assert True" }] })).toEqual([
      expect.stringMatching(/^languages\.1\.tests: write the tests as `def test_<name>\(\):` functions/),
    ]);
  });

  it("refuses one language twice, a single language under `languages`, and an unknown language", () => {
    expect(issues({ languages: [javascript, javascript] })).toEqual(["languages: offer each language once"]);
    expect(issues({ languages: [python] })).toEqual([expect.stringMatching(/^languages: list at least two/)]);
    expect(issues({ languages: [python, { ...javascript, language: "go" }] })).not.toEqual([]);
  });
});
