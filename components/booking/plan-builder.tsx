"use client";

import { useState } from "react";
import { ActionForm } from "@/components/ui/form/action-form";
import { INPUT_STYLES } from "@/components/ui/form/form-styles";
import type { ActionResult } from "@/lib/actions/result";

type Course = { id: string; title: string };
type Props = {
  bookingId: string;
  courses: Course[];
  initial: Course[];
  initialNote: string;
  action: (previous: unknown, formData: FormData) => Promise<ActionResult<unknown>>;
};

const SMALL =
  "rounded-md px-2 py-1 text-xs font-semibold text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50 disabled:opacity-40 dark:text-slate-200 dark:ring-slate-700 dark:hover:bg-slate-800";

/** Pick courses, put them in order, add a note, send. */
export function PlanBuilder({ bookingId, courses, initial, initialNote, action }: Props) {
  const [chosen, setChosen] = useState<Course[]>(initial);
  const [adding, setAdding] = useState("");
  const move = (index: number, delta: number) =>
    setChosen((list) => {
      const next = [...list];
      const [item] = next.splice(index, 1);
      next.splice(index + delta, 0, item!);
      return next;
    });
  const available = courses.filter((course) => !chosen.some((c) => c.id === course.id));
  return (
    <ActionForm
      action={action}
      submitLabel="Send learning plan"
      pendingLabel="Sending…"
      successMessage="Sent. The prospect has the plan by email."
    >
      <input type="hidden" name="bookingId" value={bookingId} />
      <input type="hidden" name="courseIds" value={chosen.map((c) => c.id).join(",")} />
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-56 flex-1">
          <label
            htmlFor={`plan-add-${bookingId}`}
            className="block text-sm font-medium text-slate-900 dark:text-slate-100"
          >
            Add a course
          </label>
          <select
            id={`plan-add-${bookingId}`}
            value={adding}
            onChange={(e) => setAdding(e.target.value)}
            className={`mt-1.5 ${INPUT_STYLES}`}
          >
            <option value="">Choose a course…</option>
            {available.map((course) => (
              <option key={course.id} value={course.id}>
                {course.title}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className={SMALL}
          disabled={!adding}
          onClick={() => {
            const course = courses.find((c) => c.id === adding);
            if (course) setChosen((list) => [...list, course]);
            setAdding("");
          }}
        >
          Add to plan
        </button>
      </div>
      <ol className="space-y-2" aria-label="Courses in the plan, in order">
        {chosen.map((course, index) => (
          <li
            key={course.id}
            className="flex flex-wrap items-center gap-2 rounded-lg bg-slate-50 px-3 py-2 text-sm dark:bg-slate-800"
          >
            <span className="flex-1 text-slate-900 dark:text-white">
              {index + 1}. {course.title}
            </span>
            <button
              type="button"
              className={SMALL}
              disabled={index === 0}
              onClick={() => move(index, -1)}
              aria-label={`Move ${course.title} up`}
            >
              Up
            </button>
            <button
              type="button"
              className={SMALL}
              disabled={index === chosen.length - 1}
              onClick={() => move(index, 1)}
              aria-label={`Move ${course.title} down`}
            >
              Down
            </button>
            <button
              type="button"
              className={SMALL}
              onClick={() => setChosen((list) => list.filter((c) => c.id !== course.id))}
              aria-label={`Remove ${course.title}`}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <div>
        <label
          htmlFor={`plan-note-${bookingId}`}
          className="block text-sm font-medium text-slate-900 dark:text-slate-100"
        >
          Note to the prospect
        </label>
        <textarea
          id={`plan-note-${bookingId}`}
          name="note"
          rows={3}
          maxLength={3000}
          defaultValue={initialNote}
          className={`mt-1.5 ${INPUT_STYLES}`}
        />
      </div>
    </ActionForm>
  );
}
