"use client";
// "Move to module…": the keyboard and menu way to move a lesson to another module (dragging is the other). The
// button stays in the lesson's row; the form opens on its own line under it, so the module names have room.
import { useState } from "react";
import { clsx } from "clsx";
import { INPUT_STYLES } from "@/components/ui/form/form-styles";
import { SMALL_BUTTON } from "./call-action";

type Modules = { id: string; label: string }[];

const triggerId = (lessonId: string) => `move-lesson-${lessonId}`;
const formId = (lessonId: string) => `move-lesson-form-${lessonId}`;

/** The row's button; null when the course has no other module to move to. */
export function MoveLessonButton({
  lessonId,
  lessonLabel,
  currentModuleId,
  modules,
  open,
  onToggle,
}: {
  lessonId: string;
  lessonLabel: string;
  currentModuleId: string;
  modules: Modules;
  open: boolean;
  onToggle: () => void;
}) {
  if (!modules.some((m) => m.id !== currentModuleId)) return null;
  return (
    <button
      type="button"
      id={triggerId(lessonId)}
      className={SMALL_BUTTON}
      aria-expanded={open}
      aria-controls={open ? formId(lessonId) : undefined}
      onClick={onToggle}
    >
      Move to module…<span className="sr-only"> ({lessonLabel})</span>
    </button>
  );
}

/** The form under the row: the other modules, Move and Cancel. Closing it gives the focus back to the button. */
export function MoveLessonForm({
  lessonId,
  lessonLabel,
  currentModuleId,
  modules,
  onMove,
  onClose,
}: {
  lessonId: string;
  lessonLabel: string;
  currentModuleId: string;
  modules: Modules;
  onMove: (moduleId: string) => void;
  onClose: () => void;
}) {
  const others = modules.filter((m) => m.id !== currentModuleId);
  const [target, setTarget] = useState(others[0]?.id ?? "");
  const close = () => {
    onClose();
    document.getElementById(triggerId(lessonId))?.focus();
  };
  // Laid out by the width the outline gives the row (a container query), not the window's: beside the publish
  // panel at 1280 px the row is as narrow as a phone's, and the module names need the select's full width.
  return (
    <div className="@container mt-2">
      <form
        id={formId(lessonId)}
        className="grid gap-2 rounded-lg bg-slate-50 p-2 ring-1 ring-slate-200 ring-inset @lg:grid-cols-[auto_minmax(0,1fr)_auto] @lg:items-center dark:bg-slate-800/60 dark:ring-slate-700"
        onSubmit={(event) => {
          event.preventDefault();
          onClose();
          if (target) onMove(target);
        }}
        onKeyDown={(event) => {
          if (event.key === "Escape") close();
        }}
      >
        <label
          htmlFor={`${formId(lessonId)}-module`}
          className="text-sm font-medium text-slate-800 dark:text-slate-100"
        >
          Move<span className="sr-only"> {lessonLabel}</span> to
        </label>
        <select
          id={`${formId(lessonId)}-module`}
          value={target}
          onChange={(event) => setTarget(event.target.value)}
          className={clsx(INPUT_STYLES, "py-1.5")}
          autoFocus
        >
          {others.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </select>
        <div className="flex gap-2">
          <button type="submit" className={SMALL_BUTTON}>
            Move<span className="sr-only"> {lessonLabel}</span>
          </button>
          <button type="button" className={SMALL_BUTTON} onClick={close}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
