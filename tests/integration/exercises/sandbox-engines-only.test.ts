// The same hostile answers with the operating-system layer turned off, as on a host that cannot create
// namespaces: the engines' own isolation (QuickJS; Pyodide in an empty realm) must hold alone.
import { describe, expect, it, vi } from "vitest";
import { isolation } from "@/lib/learning/sandbox/isolation";
import { hostileAnswerSuite } from "./hostile-answers";

vi.hoisted(() => {
  process.env.EXERCISE_SANDBOX_ISOLATION = "none";
});

describe("the exercise sandbox, engines alone", () => {
  it("says it runs without the operating-system layer", () => {
    expect(isolation()).toMatchObject({ kind: "none", reason: "turned off by EXERCISE_SANDBOX_ISOLATION=none" });
  });

  hostileAnswerSuite({ limits: false });
});
