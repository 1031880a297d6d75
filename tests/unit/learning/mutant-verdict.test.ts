import { describe, expect, it } from "vitest";
import {
  gradeMutantRuns,
  ReferenceBrokenError,
  rejects,
  sameOutcome,
  type SuiteReport,
} from "@/lib/learning/grading/mutant-verdict";

const mutants = [
  { name: "off by one", hint: "Your tests never cross the limit." },
  { name: "shared keys", hint: "Your tests use only one key." },
  { name: "no validation", hint: "Your tests never pass a zero." },
];
const exercise = { mutants, minKilled: 3 };
const pass = (n = 2): SuiteReport => ({
  results: Array.from({ length: n }, (_, i) => ({ name: `t${i}`, passed: true, error: null })),
});
const failOne: SuiteReport = {
  results: [
    { name: "t0", passed: true, error: null },
    { name: "t1", passed: false, error: "AssertionError: expected 3 to be 2" },
  ],
};

describe("gradeMutantRuns", () => {
  it("passes when every mutant is caught", () => {
    expect(gradeMutantRuns(exercise, [pass(), failOne, failOne, { timedOut: true }], 1.5)).toMatchObject({
      passed: true,
      failing: [],
    });
  });

  it("names each survivor by its hint only and says how many survived", () => {
    const verdict = gradeMutantRuns(exercise, [pass(), pass(), failOne, pass()], 1.5);
    expect(verdict.passed).toBe(false);
    expect(verdict.feedback).toMatch(/^2 mutants survived\./);
    expect(verdict.failing).toEqual([mutants[0]!.hint, mutants[2]!.hint]);
    expect(verdict.failing.join(" ")).not.toContain("off by one");
  });

  it("shows the author the survivor's name as well", () => {
    const verdict = gradeMutantRuns(exercise, [pass(), pass(), failOne, failOne], 1.5, true);
    expect(verdict.failing).toEqual([`off by one: ${mutants[0]!.hint}`]);
  });

  it("passes with survivors when at least minKilled are caught", () => {
    const verdict = gradeMutantRuns({ mutants, minKilled: 2 }, [pass(), pass(), failOne, failOne], 1.5);
    expect(verdict).toMatchObject({ passed: true, failing: [mutants[0]!.hint] });
    expect(verdict.feedback).toContain("1 mutant survived");
  });

  it("rejects a suite that fails on the reference, listing those tests", () => {
    const verdict = gradeMutantRuns(exercise, [failOne, failOne, failOne, failOne], 1.5);
    expect(verdict.passed).toBe(false);
    expect(verdict.feedback).toContain("fails on the correct implementation");
    expect(verdict.failing).toEqual(["t1: AssertionError: expected 3 to be 2"]);
  });

  it("rejects an empty suite, one that does not run and one that never ends", () => {
    expect(gradeMutantRuns(exercise, [{ results: [] }], 1.5).feedback).toContain("at least one test");
    expect(gradeMutantRuns(exercise, [{ suiteError: "SyntaxError: x" }], 1.5).feedback).toContain("SyntaxError");
    expect(gradeMutantRuns(exercise, [{ timedOut: true }], 1.5).feedback).toContain("more than 1.5 seconds");
  });

  it("blames the exercise, not the learner, when the reference does not load", () => {
    expect(() => gradeMutantRuns(exercise, [{ loadError: "SyntaxError" }], 1.5)).toThrow(ReferenceBrokenError);
  });
});

describe("rejects", () => {
  it("counts a failing test, an error, a stop or unreadable output as caught, and a missing run as not", () => {
    expect(rejects(failOne)).toBe(true);
    expect(rejects({ suiteError: "x" })).toBe(true);
    expect(rejects({ timedOut: true })).toBe(true);
    expect(rejects({ unreadable: true })).toBe(true);
    expect(rejects(pass())).toBe(false);
    expect(rejects(undefined)).toBe(false);
  });
});

describe("sameOutcome", () => {
  it("tells two runs on the same code apart when a test flips", () => {
    expect(sameOutcome(pass(), pass())).toBe(true);
    expect(sameOutcome(pass(), failOne)).toBe(false);
    expect(sameOutcome({ timedOut: true }, pass())).toBe(false);
  });
});
