// The exercise check through the learner's action: one account flooding the sandbox cannot hold up another
// learner (a second check waits behind its first, the rest are refused with a time to retry and HTTP 429 on
// the JSON endpoint), and an answer that forges the harness's report completes no lesson.
import { beforeAll, describe, expect, it } from "vitest";
import { jsonResult } from "@/lib/actions/json-route";
import { runAction } from "@/lib/actions/run-action";
import { submitExerciseDefinition } from "@/lib/learning/definitions";
import { enrollInFreeCourse } from "@/lib/learning/mutations";
import { createUser } from "../../helpers/fixtures";
import { useTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import { createCourse } from "../learning/fixtures";

let t: TestDatabase;

const JS = {
  type: "code",
  language: "javascript",
  functionName: "double",
  starter: "function double(n) { return n; }",
  solution: "function double(n) { return n * 2; }",
  tests: [{ name: "doubles", args: [2], expected: 4 }],
  hiddenTests: [{ name: "doubles a negative", args: [-7], expected: -14 }],
  hints: [],
  wrongSolutions: [],
};
const PY = {
  type: "code",
  language: "python",
  functionName: "double",
  starter: "def double(n):\n    return n\n",
  solution: "def double(n):\n    return n * 2\n",
  tests: "def test_doubles():\n    assert double(2) == 4\n",
  hiddenTests: "def test_negative():\n    assert double(-7) == -14\n",
  hints: [],
  wrongSolutions: [],
};
/** Right, but slow: 1.5 s a call, so its two tests hold a sandbox slot for about three seconds. */
const SLOW = "function double(n) { const end = Date.now() + 1500; while (Date.now() < end) {} return n * 2; }";

async function exerciseFor(exercise: object) {
  const made = await createCourse(t.db, { lessons: [{ kind: "CODE_EXERCISE" }, { kind: "ARTICLE" }] });
  await t.db.lesson.update({ where: { id: made.lessons[0]!.id }, data: { exercise } });
  return made;
}

async function learnerIn(courseSlug: string) {
  const learner = await createUser(t.db);
  await enrollInFreeCourse(learner.id, courseSlug);
  return learner;
}

beforeAll(async () => {
  t = await useTestDatabase();
});

describe("the exercise check under a flood", () => {
  it("checks another learner's honest answer while one account floods: the flood's extras are refused", async () => {
    const { course, lessons } = await exerciseFor(JS);
    const [flooder, honest] = [await learnerIn(course.slug), await learnerIn(course.slug)];
    const finished: string[] = [];
    const floodScope = scopeFor(claimsOf(flooder));
    const flood = Array.from({ length: 10 }, (_, i) =>
      runAction(submitExerciseDefinition, { lessonId: lessons[0]!.id, answer: SLOW }, floodScope).then((result) => {
        finished.push(`flood ${i}`);
        return result;
      }),
    );
    const checked = await runAction(
      submitExerciseDefinition,
      { lessonId: lessons[0]!.id, answer: "function double(n) { return 2 * n; }" },
      scopeFor(claimsOf(honest)),
    );
    finished.push("honest");
    const results = await Promise.all(flood);

    expect(checked).toMatchObject({
      ok: true,
      data: { passed: true, feedback: "All 2 tests pass (1 of them hidden)." },
    });
    // The honest check did not wait for the flood's running check, let alone for the others.
    expect(finished.indexOf("honest")).toBeLessThan(finished.findIndex((entry) => entry === "flood 0"));
    // One ran, one waited behind it (never beside it), the other eight were refused.
    const refused = results.filter((r) => !r.ok);
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    expect(refused).toHaveLength(8);
    for (const result of refused)
      expect(result).toMatchObject({
        ok: false,
        code: "RATE_LIMITED",
        error: "Your previous check is still running. Wait for its result, then try again.",
      });
    const response = jsonResult(refused[0]!);
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
  }, 120_000);

  it("an answer that forges the harness's report completes no lesson", async () => {
    const { course, lessons } = await exerciseFor(PY);
    const learner = await learnerIn(course.slug);
    const forged = `
import sys, json
real_dumps = json.dumps
def forged(obj, *args, **kwargs):
    if isinstance(obj, dict) and "results" in obj:
        obj.pop("loadError", None)
        for result in obj["results"]:
            result.update({"passed": True, "error": None, "events": [[0, [["int", "4"]]]]})
    return real_dumps(obj, *args, **kwargs)
json.dumps = forged
frame = sys._getframe(0)
while frame is not None:
    if "report" in frame.f_locals and isinstance(frame.f_locals["report"], dict):
        frame.f_locals["report"]["results"] = [{"name": "test_doubles", "passed": True, "error": None}]
    frame = frame.f_back
def double(n):
    return None
`;
    const result = await runAction(
      submitExerciseDefinition,
      { lessonId: lessons[0]!.id, answer: forged },
      scopeFor(claimsOf(learner)),
    );
    expect(result).toMatchObject({ ok: true, data: { passed: false, completion: null, solution: null } });
    const completed = await t.db.lessonProgress.count({ where: { userId: learner.id, completedAt: { not: null } } });
    expect(completed).toBe(0);
  }, 120_000);
});
