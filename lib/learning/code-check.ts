// Loads a learner's function and runs an exercise's test cases against it. Shared by the browser
// worker (which adds the time limit) and the tests.

export type CodeTestCase = { name: string; args: unknown[]; expected: unknown };
export type CodeTestResult = {
  name: string;
  passed: boolean;
  expected: string;
  actual: string | null;
  error: string | null;
};

export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left).filter((k) => left[k] !== undefined);
  const otherKeys = Object.keys(right).filter((k) => right[k] !== undefined);
  return keys.length === otherKeys.length && keys.every((k) => deepEqual(left[k], right[k]));
}

export function formatValue(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

type LearnerFunction = (...args: unknown[]) => unknown;

/** Evaluates the learner's source and returns the named function; throws a readable message. */
export function loadLearnerFunction(source: string, functionName: string): LearnerFunction {
  let candidate: unknown;
  try {
    // Running the learner's own code is the point of the exercise; it happens in a worker with a time limit.
    candidate = new Function(
      `"use strict";\n${source}\n;return typeof ${functionName} === "function" ? ${functionName} : undefined;`,
    )();
  } catch (error) {
    throw new Error(
      `Your code does not run: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
    );
  }
  if (typeof candidate !== "function") throw new Error(`Define a function named ${functionName}.`);
  return candidate as LearnerFunction;
}

export async function runCodeTests(fn: LearnerFunction, tests: CodeTestCase[]): Promise<CodeTestResult[]> {
  const results: CodeTestResult[] = [];
  for (const test of tests) {
    const expected = formatValue(test.expected);
    try {
      // Each case gets its own copy of the arguments, so one case mutating them cannot affect the next.
      const actual = await fn(...structuredClone(test.args));
      results.push({
        name: test.name,
        passed: deepEqual(actual, test.expected),
        expected,
        actual: formatValue(actual),
        error: null,
      });
    } catch (error) {
      results.push({
        name: test.name,
        passed: false,
        expected,
        actual: null,
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      });
    }
  }
  return results;
}
