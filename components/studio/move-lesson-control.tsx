"use client";
// "Move to module…": the keyboard and menu way to move a lesson to another module (dragging is the other).
import { useId, useState } from "react";
import { clsx } from "clsx";
import { INPUT_STYLES } from "@/components/ui/form/form-styles";
import { SMALL_BUTTON } from "./call-action";

type Props = {
  lessonLabel: string;
  currentModuleId: string;
  modules: { id: string; label: string }[];
  onMove: (moduleId: string) => void;
};

export function MoveLessonControl({ lessonLabel, currentModuleId, modules, onMove }: Props) {
  const id = useId();
  const others = modules.filter((m) => m.id !== currentModuleId);
  const [open, setOpen] = useState(false);
  const [target, setTarget] = useState(others[0]?.id ?? "");
  if (others.length === 0) return null;
  if (!open)
    return (
      <button type="button" className={SMALL_BUTTON} onClick={() => setOpen(true)}>
        Move to module…<span className="sr-only"> ({lessonLabel})</span>
      </button>
    );
  return (
    <form
      className="flex flex-wrap items-center gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        setOpen(false);
        if (target) onMove(target);
      }}
    >
      <label htmlFor={id} className="sr-only">
        Module to move {lessonLabel} to
      </label>
      <select
        id={id}
        value={target}
        onChange={(event) => setTarget(event.target.value)}
        className={clsx(INPUT_STYLES, "w-auto max-w-56 py-1.5")}
        autoFocus
      >
        {others.map((m) => (
          <option key={m.id} value={m.id}>
            {m.label}
          </option>
        ))}
      </select>
      <button type="submit" className={SMALL_BUTTON}>
        Move<span className="sr-only"> {lessonLabel}</span>
      </button>
      <button type="button" className={SMALL_BUTTON} onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  );
}
