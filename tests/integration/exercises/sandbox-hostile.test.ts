// Hostile answers against the server's check with every layer on: bubblewrap where this host allows it
// (CI installs it), and the engines' own isolation inside.
import { describe, expect, it } from "vitest";
import { isolation } from "@/lib/learning/sandbox/isolation";
import { hostileAnswerSuite } from "./hostile-answers";

describe("the exercise sandbox, every layer", () => {
  it("runs checks inside bubblewrap on a host that has it", () => {
    const found = isolation();
    if (process.env.CI)
      expect(found, "CI installs bubblewrap; the sandbox must use it").toMatchObject({ kind: "bubblewrap" });
    expect(["bubblewrap", "none"]).toContain(found.kind);
  });

  hostileAnswerSuite({ limits: true });
});
