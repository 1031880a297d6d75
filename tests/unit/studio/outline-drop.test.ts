import { describe, expect, it } from "vitest";
import { resolveOutlineDrop } from "@/components/studio/outline-drop";

const outline = [
  { id: "m1", lessons: [{ id: "a" }, { id: "b" }, { id: "c" }] },
  { id: "m2", lessons: [{ id: "d" }] },
  { id: "m3", lessons: [] },
];
const lesson = (id: string) => ({ id, type: "lesson" as const });
const mod = (id: string) => ({ id, type: "module" as const });

describe("resolveOutlineDrop", () => {
  it("reorders modules, and lessons within their module", () => {
    expect(resolveOutlineDrop(outline, mod("m3"), mod("m1"))).toEqual({
      kind: "reorder-modules",
      order: ["m3", "m1", "m2"],
    });
    expect(resolveOutlineDrop(outline, lesson("a"), lesson("c"))).toEqual({
      kind: "reorder-lessons",
      moduleId: "m1",
      order: ["b", "c", "a"],
    });
  });

  it("moves a lesson into another module before the lesson it lands on, or at the end of a module", () => {
    expect(resolveOutlineDrop(outline, lesson("b"), lesson("d"))).toEqual({
      kind: "move-lesson",
      lessonId: "b",
      moduleId: "m2",
      position: 1,
    });
    expect(resolveOutlineDrop(outline, lesson("b"), mod("m3"))).toEqual({
      kind: "move-lesson",
      lessonId: "b",
      moduleId: "m3",
      position: 1,
    });
  });

  it("does nothing when dropped on itself, nowhere, its own module, or a module onto a lesson", () => {
    expect(resolveOutlineDrop(outline, lesson("a"), lesson("a"))).toBeNull();
    expect(resolveOutlineDrop(outline, lesson("a"), null)).toBeNull();
    expect(resolveOutlineDrop(outline, lesson("a"), mod("m1"))).toBeNull();
    expect(resolveOutlineDrop(outline, mod("m1"), lesson("d"))).toBeNull();
  });
});
