// The parent's half of the Python check: the planner's output (which asserts exist, their operators and
// literal sides, how often the model solution reaches each) and the verdict on a learner's probe report.
// Expected values live only here and in the planner's run; the learner's sandbox sees neither.
import { z } from "zod";
import { isPyValue, pyCompare, pyRepr, type PyOp, type PyValue } from "./python-values";

const pyValue = z.custom<PyValue>((value) => isPyValue(value), "not a serialised Python value");
const side = z.union([z.object({ literal: pyValue }), z.object({ probe: z.number().int().min(0) })]);

const assertSchema = z.object({
  id: z.number().int(),
  test: z.string().nullable(),
  hidden: z.boolean(),
  text: z.string().optional(),
  op: z.enum(["==", "!=", "<", "<=", ">", ">=", "in", "not in", "is", "is not", "truthy", "falsy"]),
  left: side,
  right: side.optional(),
});

const eventSchema = z.tuple([z.number().int(), z.array(pyValue).max(2)]);
export const probeReportSchema = z.object({
  loadError: z.string().optional(),
  results: z
    .array(z.object({ name: z.string(), events: z.array(eventSchema).max(1000), error: z.string().nullable() }))
    .max(500),
  stdout: z.string().max(20_000).optional(),
});
export type ProbeReport = z.infer<typeof probeReportSchema>;

export const pythonPlanSchema = z.object({
  asserts: z.array(assertSchema),
  tests: z.array(z.object({ name: z.string(), hidden: z.boolean() })),
  probeSource: z.string(),
  model: probeReportSchema,
});
export type PythonPlan = z.infer<typeof pythonPlanSchema>;

export type TestVerdict = { name: string; hidden: boolean; passed: boolean; reason: string | null };

type Assert = PythonPlan["asserts"][number];

function operand(assert: Assert, which: "left" | "right", values: PyValue[]): PyValue | undefined {
  const spec = assert[which];
  if (!spec) return undefined;
  return "literal" in spec ? spec.literal : values[spec.probe];
}

/** Why one recorded assert fails, or null when it holds. */
function failure(assert: Assert, values: PyValue[]): string | null {
  const left = operand(assert, "left", values);
  const right = operand(assert, "right", values);
  if (!left || (assert.op !== "truthy" && assert.op !== "falsy" && !right)) return "a check recorded no value";
  if (pyCompare(assert.op as PyOp, left, right)) return null;
  const got = [assert.left, assert.right]
    .filter((s): s is { probe: number } => !!s && "probe" in s)
    .map((s) => pyRepr(values[s.probe] ?? ["none"]))
    .join(" and ");
  return `${assert.text ?? "assert failed"}  (got ${got})`;
}

/** The verdict on each test: every assert the model reached must be reached as often, and hold. */
export function judgePython(plan: PythonPlan, report: ProbeReport): TestVerdict[] {
  const asserts = new Map(plan.asserts.map((a) => [a.id, a]));
  return plan.tests.map(({ name, hidden }) => {
    const verdict = (reason: string | null): TestVerdict => ({ name, hidden, passed: reason === null, reason });
    const result = report.results.find((r) => r.name === name);
    const expected = plan.model.results.find((r) => r.name === name);
    if (!result) return verdict("the test did not run");
    if (result.error) return verdict(result.error);
    if (!expected || result.events.length !== expected.events.length)
      return verdict("the test's checks did not all run");
    for (const [index, [id, values]] of result.events.entries()) {
      const assert = asserts.get(id);
      if (!assert || expected.events[index]![0] !== id) return verdict("the test's checks ran out of order");
      const reason = failure(assert, values);
      if (reason) return verdict(reason);
    }
    return verdict(null);
  });
}
