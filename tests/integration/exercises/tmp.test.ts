import { it, expect } from "vitest";
import { checkExerciseAnswer } from "@/lib/learning/exercise-check";
it("works", async () => {
  const t0 = Date.now();
  console.log(await checkExerciseAnswer({ type: "sql", setup: "create table t(a int); insert into t values (1),(2);", solution: "select sum(a) as s from t", starter: "", orderMatters: false, hints: [], wrongSolutions: [] }, "select 3 as s"), Date.now() - t0);
  console.log(await checkExerciseAnswer({ type: "sql", setup: "create table t(a int); insert into t values (1),(2);", solution: "select sum(a) as s from t", starter: "", orderMatters: false, hints: [], wrongSolutions: [] }, "select count(*) as s from t"), Date.now() - t0);
  console.log(await checkExerciseAnswer({ type: "code", language: "javascript", functionName: "add", starter: "x", solution: "x", tests: [{ name: "adds", args: [1, 2], expected: 3 }, { name: "neg", args: [-1, 2], expected: 1 }], hints: [], wrongSolutions: [] }, "function add(a,b){ return a+b }"), Date.now() - t0);
  console.log(await checkExerciseAnswer({ type: "code", language: "javascript", functionName: "add", starter: "x", solution: "x", tests: [{ name: "adds", args: [1, 2], expected: 3 }], hints: [], wrongSolutions: [] }, "function add(a,b){ return this.constructor.constructor('return process')().pid }"), Date.now() - t0);
  console.log(await checkExerciseAnswer({ type: "code", language: "python", functionName: "add", starter: "x", solution: "x", tests: "def test_adds():\n    assert add(1, 2) == 3\n\ndef test_neg():\n    assert add(-1, 2) == 1, 'negatives'\n", hints: [], wrongSolutions: [] }, "def add(a, b):\n    print('hi')\n    return a + b if a > 0 else 0\n"), Date.now() - t0);
  await expect(checkExerciseAnswer({ type: "code", language: "python", functionName: "add", starter: "x", solution: "x", tests: "def test_adds():\n    assert add(1, 2) == 3\n", hints: [], wrongSolutions: [] }, "while True:\n    pass\n")).rejects.toThrow(/stopped/);
  expect(1).toBe(1);
}, 120_000);
