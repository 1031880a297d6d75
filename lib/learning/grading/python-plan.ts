// A Python exercise's grading plan, made once per version of its tests and solution (one sandbox run with
// no learner code) and kept in memory: the probe-only test source the learner's run gets, and what the
// judge compares against.
import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import { DomainError } from "../../actions/errors";
import type { PythonExercise } from "../../content/schema";
import { processWide } from "../../process-wide";
import { runInSandbox } from "../sandbox/run-sandbox";
import { judgePython, pythonPlanSchema, type PythonPlan } from "./python-judge";
import { PYTHON_PLANNER, PYTHON_PROBE_HARNESS } from "./python-probe";

/** The exercise's own solution fails its tests: the author must fix it (the studio names each failure). */
export class SolutionFailsError extends DomainError {
  readonly failing: string[];

  constructor(failing: string[]) {
    super(`the exercise's solution fails its own tests: ${failing.join("; ")}`);
    this.name = "SolutionFailsError";
    this.failing = failing;
  }
}

const plans = processWide("python-grading-plans", () => new LRUCache<string, Promise<PythonPlan>>({ max: 500 }));

export function parseJson(raw: unknown): unknown {
  if (typeof raw !== "string") return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}

async function makePlan(exercise: Pick<PythonExercise, "tests" | "hiddenTests" | "solution">): Promise<PythonPlan> {
  const raw = await runInSandbox({
    kind: "python",
    program: PYTHON_PLANNER,
    args: [exercise.tests, exercise.hiddenTests, exercise.solution, PYTHON_PROBE_HARNESS],
  });
  const parsed = pythonPlanSchema.safeParse(parseJson(raw));
  if (!parsed.success) throw new Error(`python plan unreadable: ${String(raw).slice(0, 300)}`);
  const plan = parsed.data;
  // Refusals an author can act on (the studio shows them); published exercises were checked before.
  if (plan.model.loadError) throw new DomainError(`the exercise's solution does not run: ${plan.model.loadError}`);
  const broken = judgePython(plan, plan.model).filter((v) => !v.passed);
  if (broken.length) throw new SolutionFailsError(broken.map((v) => `${v.name}: ${v.reason}`));
  return plan;
}

/** The plan for this exercise version (made on first use; a failed attempt is not remembered). */
export function pythonPlan(exercise: Pick<PythonExercise, "tests" | "hiddenTests" | "solution">): Promise<PythonPlan> {
  const key = createHash("sha256")
    .update(JSON.stringify([exercise.tests, exercise.hiddenTests, exercise.solution]))
    .digest("hex");
  let plan = plans.get(key);
  if (!plan) {
    plan = makePlan(exercise);
    plans.set(key, plan);
    plan.catch(() => plans.delete(key));
  }
  return plan;
}
