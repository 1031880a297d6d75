"use client";
// A vertical list reordered by dragging its handle (pointer or keyboard: space, arrows, space) or with the
// explicit up/down buttons beside each row, which are the plain keyboard alternative.
import type { ReactNode } from "react";
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type DragEndEvent,
} from "@dnd-kit/core";
import {
  SortableContext,
  arrayMove,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { SMALL_BUTTON } from "./call-action";

type Item = { id: string; label: string };
/** What a dragged row is, for an outline whose one DndContext holds modules and the lessons inside them. */
export type SortableData = { type: string; containerId?: string };

export const DRAG_INSTRUCTIONS =
  "To move an item, press space, use the arrow keys, then press space again. Or use the up and down buttons.";

export function moveItem<T>(items: T[], from: number, to: number): T[] {
  return to < 0 || to >= items.length ? items : arrayMove(items, from, to);
}

function Row({
  item,
  index,
  count,
  onMove,
  data,
  children,
}: {
  item: Item;
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
  data?: SortableData;
  children: ReactNode;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: item.id,
    data,
  });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={isDragging ? "relative z-10 opacity-80" : undefined}
    >
      <div className="flex flex-col gap-1 sm:flex-row sm:items-start sm:gap-2">
        <div className="flex shrink-0 items-center gap-1 sm:pt-1">
          <button
            type="button"
            ref={setActivatorNodeRef}
            {...attributes}
            {...listeners}
            className={`${SMALL_BUTTON} cursor-grab touch-none px-2`}
            aria-label={`Drag to reorder ${item.label}`}
          >
            <span aria-hidden="true">⠿</span>
          </button>
          <button
            type="button"
            className={`${SMALL_BUTTON} px-2`}
            onClick={() => onMove(index, index - 1)}
            disabled={index === 0}
            aria-label={`Move ${item.label} up`}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            className={`${SMALL_BUTTON} px-2`}
            onClick={() => onMove(index, index + 1)}
            disabled={index === count - 1}
            aria-label={`Move ${item.label} down`}
          >
            <span aria-hidden="true">↓</span>
          </button>
        </div>
        <div className="min-w-0 flex-1">{children}</div>
      </div>
    </li>
  );
}

export function SortableList<T extends Item>({
  items,
  label,
  onReorder,
  render,
  shared,
}: {
  items: T[];
  label: string;
  onReorder: (next: T[]) => void;
  render: (item: T) => ReactNode;
  /** Inside a DndContext the caller owns (drags between lists): the rows carry this data, the caller handles drops. */
  shared?: SortableData;
}) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const move = (from: number, to: number) => {
    const next = moveItem(items, from, to);
    if (next !== items) onReorder(next);
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    move(
      items.findIndex((i) => i.id === active.id),
      items.findIndex((i) => i.id === over.id),
    );
  };
  const list = (
    <SortableContext items={items.map((i) => i.id)} strategy={verticalListSortingStrategy}>
      <ol aria-label={label} className="space-y-2">
        {items.map((item, index) => (
          <Row key={item.id} item={item} index={index} count={items.length} onMove={move} data={shared}>
            {render(item)}
          </Row>
        ))}
      </ol>
    </SortableContext>
  );
  if (shared) return list;
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        screenReaderInstructions: {
          draggable: DRAG_INSTRUCTIONS,
        },
      }}
    >
      {list}
    </DndContext>
  );
}
