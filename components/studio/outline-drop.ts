// What dropping a dragged row of the outline does: reorder modules, reorder a module's lessons, or move a
// lesson into another module before the lesson it was dropped on (onto a module: at its end). Pure.
import { arrayMove } from "@dnd-kit/sortable";

type Outline = { id: string; lessons: { id: string }[] }[];
export type DragRef = { id: string; type: "module" | "lesson" };

export type OutlineDrop =
  | { kind: "reorder-modules"; order: string[] }
  | { kind: "reorder-lessons"; moduleId: string; order: string[] }
  | { kind: "move-lesson"; lessonId: string; moduleId: string; position: number }
  | null;

export function resolveOutlineDrop(outline: Outline, active: DragRef, over: DragRef | null): OutlineDrop {
  if (!over || active.id === over.id) return null;
  if (active.type === "module") {
    if (over.type !== "module") return null;
    const ids = outline.map((m) => m.id);
    return { kind: "reorder-modules", order: arrayMove(ids, ids.indexOf(active.id), ids.indexOf(over.id)) };
  }
  const from = outline.find((m) => m.lessons.some((l) => l.id === active.id));
  const to =
    over.type === "module"
      ? outline.find((m) => m.id === over.id)
      : outline.find((m) => m.lessons.some((l) => l.id === over.id));
  if (!from || !to) return null;
  if (from.id === to.id) {
    if (over.type === "module") return null;
    const ids = from.lessons.map((l) => l.id);
    return {
      kind: "reorder-lessons",
      moduleId: from.id,
      order: arrayMove(ids, ids.indexOf(active.id), ids.indexOf(over.id)),
    };
  }
  const position = over.type === "module" ? to.lessons.length + 1 : to.lessons.findIndex((l) => l.id === over.id) + 1;
  return { kind: "move-lesson", lessonId: active.id, moduleId: to.id, position };
}
