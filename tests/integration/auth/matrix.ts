// What every domain's authorization matrix checks the same way: that its cases name every exported action,
// and that a refused call writes nothing.
import { expect } from "vitest";
import type { ActionResult, ResultCode } from "@/lib/actions/result";

/** Every `…Action` a module exports is a case of its matrix (cases may also name routes, e.g. "GET /x"). */
export function expectEveryActionCovered(actions: Record<string, unknown>, cases: readonly { name: string }[]) {
  const exported = Object.keys(actions).filter((name) => name.endsWith("Action"));
  const covered = cases.map((c) => c.name).filter((name) => name.endsWith("Action"));
  expect(exported.sort()).toEqual(covered.sort());
}

/**
 * Makes the call and checks that it is refused (with `code`, when given) and that `snapshot` (the domain's
 * rows) is the same after it as before: a refusal has no side effect.
 */
export async function expectRefusedWithoutSideEffects(
  snapshot: () => Promise<unknown>,
  call: () => Promise<ActionResult<unknown>>,
  code?: ResultCode,
): Promise<ActionResult<unknown>> {
  const before = await snapshot();
  const result = await call();
  expect(result).toMatchObject(code ? { ok: false, code } : { ok: false });
  expect(await snapshot()).toEqual(before);
  return result;
}
