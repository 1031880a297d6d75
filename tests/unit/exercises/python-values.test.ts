// Python's comparison rules as the grader applies them to values from the sandbox, and the judge's verdicts.
import { describe, expect, it } from "vitest";
import { judgePython, type PythonPlan } from "@/lib/learning/grading/python-judge";
import { isPyValue, pyCompare, pyEquals, pyRepr, type PyValue } from "@/lib/learning/grading/python-values";

const int = (n: number | string): PyValue => ["int", String(n)];
const float = (text: string): PyValue => ["float", text];
const str = (s: string): PyValue => ["str", s];
const list = (...items: PyValue[]): PyValue => ["list", items];
const tuple = (...items: PyValue[]): PyValue => ["tuple", items];
const NONE: PyValue = ["none"];
const TRUE: PyValue = ["bool", true];

describe("Python equality", () => {
  it("treats bool, int and float as one number line", () => {
    expect(pyEquals(int(1), float("1.0"))).toBe(true);
    expect(pyEquals(TRUE, int(1))).toBe(true);
    expect(pyEquals(int("123456789012345678901234567890"), int("123456789012345678901234567890"))).toBe(true);
    expect(pyEquals(int("123456789012345678901234567891"), int("123456789012345678901234567890"))).toBe(false);
    expect(pyEquals(float("nan"), float("nan"))).toBe(false);
    expect(pyEquals(int(1), str("1"))).toBe(false);
  });

  it("never equates a list with a tuple, and ignores order in sets and dicts", () => {
    expect(pyEquals(list(int(1)), tuple(int(1)))).toBe(false);
    expect(pyEquals(["set", [int(1), int(2)]], ["set", [int(2), int(1)]])).toBe(true);
    expect(pyEquals(["set", [int(1)]], ["set", [int(1), int(2)]])).toBe(false);
    const a: PyValue = [
      "dict",
      [
        [tuple(str("ip"), int(0)), int(1)],
        [str("b"), NONE],
      ],
    ];
    const b: PyValue = [
      "dict",
      [
        [str("b"), NONE],
        [tuple(str("ip"), float("0.0")), int(1)],
      ],
    ];
    expect(pyEquals(a, b)).toBe(true);
    expect(pyEquals(a, ["dict", [[str("b"), NONE]]])).toBe(false);
  });

  it("never equates a value the harness could not serialise, whatever its __eq__ would say", () => {
    expect(pyEquals(["other", "Sneaky", "<Sneaky>"], ["other", "Sneaky", "<Sneaky>"])).toBe(false);
    expect(pyEquals(["other", "Sneaky", "<Sneaky>"], int(3))).toBe(false);
  });
});

describe("Python comparisons", () => {
  it("applies in, is, ordering and truthiness as Python does", () => {
    expect(pyCompare("in", str("note"), ["dict", [[str("note"), str("too long")]]])).toBe(true);
    expect(pyCompare("in", str("ell"), str("hello"))).toBe(true);
    expect(pyCompare("not in", int(4), list(int(1), int(2)))).toBe(true);
    expect(pyCompare("is", NONE, NONE)).toBe(true);
    expect(pyCompare("is", int(0), NONE)).toBe(false);
    expect(pyCompare("is not", NONE, NONE)).toBe(false);
    expect(pyCompare("<", int(2), float("2.5"))).toBe(true);
    expect(pyCompare(">=", str("b"), str("a"))).toBe(true);
    expect(pyCompare("<", tuple(int(1), int(2)), tuple(int(1), int(3)))).toBe(true);
    // Python raises on comparing a str with an int: the check fails rather than guessing.
    expect(pyCompare("<", str("1"), int(2))).toBe(false);
    expect(pyCompare("truthy", list())).toBe(false);
    expect(pyCompare("falsy", str(""))).toBe(true);
    expect(pyCompare("truthy", float("0.0"))).toBe(false);
  });

  it("shows values as Python's repr would", () => {
    expect(pyRepr(list(str("it's"), NONE, TRUE, tuple(int(1))))).toBe("['it\\'s', None, True, (1,)]");
    expect(pyRepr(["set", []])).toBe("set()");
  });

  it("accepts only well-formed serialised values", () => {
    expect(isPyValue(list(int(1), ["dict", [[str("a"), NONE]]]))).toBe(true);
    for (const bad of [["int", "1.5"], ["float", "1e"], ["list", [["what"]]], ["dict", [[str("a")]]], "3", null])
      expect(isPyValue(bad), JSON.stringify(bad)).toBe(false);
  });
});

describe("judgePython", () => {
  const plan: PythonPlan = {
    probeSource: "",
    tests: [
      { name: "test_adds", hidden: false },
      { name: "test_negative", hidden: true },
    ],
    asserts: [
      {
        id: 0,
        test: "test_adds",
        hidden: false,
        text: "assert add(1, 2) == 3",
        op: "==",
        left: { probe: 0 },
        right: { literal: int(3) },
      },
      { id: 1, test: "test_negative", hidden: true, op: "==", left: { probe: 0 }, right: { literal: int(-3) } },
    ],
    model: {
      results: [
        { name: "test_adds", events: [[0, [int(3)]]], error: null },
        { name: "test_negative", events: [[1, [int(-3)]]], error: null },
      ],
    },
  };

  it("passes what the model passes and explains a visible failure with the value it got", () => {
    expect(judgePython(plan, plan.model).every((v) => v.passed)).toBe(true);
    const [adds, negative] = judgePython(plan, {
      results: [
        { name: "test_adds", events: [[0, [int(4)]]], error: null },
        { name: "test_negative", events: [[1, [int(-3)]]], error: null },
      ],
    });
    expect(adds).toMatchObject({ passed: false, reason: "assert add(1, 2) == 3  (got 4)" });
    expect(negative).toMatchObject({ passed: true, hidden: true });
  });

  it("fails a report that skips checks, reorders them or names tests that do not exist", () => {
    const skipped = judgePython(plan, { results: [{ name: "test_adds", events: [], error: null }] });
    expect(skipped.map((v) => v.passed)).toEqual([false, false]);
    expect(skipped[0]!.reason).toBe("the test's checks did not all run");
    expect(skipped[1]!.reason).toBe("the test did not run");
    const reordered = judgePython(plan, {
      results: [
        { name: "test_adds", events: [[1, [int(-3)]]], error: null },
        { name: "test_negative", events: [[1, [int(-3)]]], error: "NameError: x" },
      ],
    });
    expect(reordered.map((v) => v.reason)).toEqual(["the test's checks ran out of order", "NameError: x"]);
  });
});
