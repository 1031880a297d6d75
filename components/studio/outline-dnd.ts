"use client";
// One drag-and-drop context for the whole outline, so a lesson can be dragged into another module as well as
// within its own; modules drag among modules. Which drop means what is resolveOutlineDrop's (pure) decision.
import {
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  pointerWithin,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
} from "@dnd-kit/core";
import { sortableKeyboardCoordinates } from "@dnd-kit/sortable";
import { resolveOutlineDrop, type DragRef } from "./outline-drop";
import { DRAG_INSTRUCTIONS, type SortableData } from "./sortable-list";

type Outline = { id: string; lessons: { id: string }[] }[];
type Handlers = {
  reorderModules: (order: string[]) => void;
  reorderLessons: (moduleId: string, order: string[]) => void;
  moveLesson: (lessonId: string, moduleId: string, position: number) => void;
};

const typeOf = (data: unknown) => (data as SortableData | undefined)?.type;

/** Modules collide with modules; a lesson with the lessons of the module under the pointer (or that module when empty). */
const collisions: CollisionDetection = (args) => {
  const kind = typeOf(args.active.data.current);
  const of = (type: string) => args.droppableContainers.filter((c) => typeOf(c.data.current) === type);
  if (kind === "module") return closestCenter({ ...args, droppableContainers: of("module") });
  const lessons = of("lesson");
  const under = pointerWithin({ ...args, droppableContainers: of("module") })[0];
  if (under) {
    const inside = lessons.filter((c) => (c.data.current as SortableData).containerId === under.id);
    return inside.length ? closestCenter({ ...args, droppableContainers: inside }) : [under];
  }
  return closestCenter({ ...args, droppableContainers: lessons });
};

export function useOutlineDnd(outline: Outline, handlers: Handlers) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ref = (item: { id: string | number; data: { current?: unknown } } | null): DragRef | null => {
    const type = typeOf(item?.data.current);
    return item && (type === "module" || type === "lesson") ? { id: String(item.id), type } : null;
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const from = ref(active);
    if (!from) return;
    const drop = resolveOutlineDrop(outline, from, ref(over));
    if (drop?.kind === "reorder-modules") handlers.reorderModules(drop.order);
    if (drop?.kind === "reorder-lessons") handlers.reorderLessons(drop.moduleId, drop.order);
    if (drop?.kind === "move-lesson") handlers.moveLesson(drop.lessonId, drop.moduleId, drop.position);
  };
  return {
    sensors,
    collisionDetection: collisions,
    onDragEnd,
    accessibility: {
      screenReaderInstructions: {
        draggable: `${DRAG_INSTRUCTIONS} A lesson can also go to another module with "Move to module…".`,
      },
    },
  };
}
