// The house's rooms import each other one way only: the domain folders of lib/ and of components/ form a DAG.
// A new import that closes a loop fails here, naming the loop.
import { describe, expect, it } from "vitest";
import { cycles, folderGraph, loopThrough } from "./import-graph";

describe("domain folders form a DAG", () => {
  for (const tree of ["lib", "components"]) {
    it(`${tree}/: no folder imports one that imports it back`, () => {
      const graph = folderGraph(tree);
      expect(graph.size).toBeGreaterThan(5);
      expect(cycles(graph).map((members) => loopThrough(graph, members))).toEqual([]);
    });
  }

  it("finds a loop when there is one", () => {
    const graph = new Map([
      ["payments", new Set(["catalog"])],
      ["catalog", new Set(["learning"])],
      ["learning", new Set(["payments"])],
      ["db", new Set<string>()],
    ]);
    expect(cycles(graph)).toEqual([["catalog", "learning", "payments"]]);
    expect(loopThrough(graph, ["catalog", "learning", "payments"])).toBe("catalog → learning → payments → catalog");
  });

  it("sees lib's real edges, type-only imports included", () => {
    const graph = folderGraph("lib");
    expect(graph.get("payments")?.has("enrolment")).toBe(true);
    expect(graph.get("worker")?.has("outbox")).toBe(true);
  });
});
