"use client";
// Deleting a module or lesson asks first, and says how many learners lose progress.
import { useState } from "react";
import * as Dialog from "@radix-ui/react-dialog";
import { DANGER_BUTTON, SMALL_BUTTON, callAction, type StudioAction } from "./call-action";

type Impact = { lessons: number; learners: number };

export function DeleteDialog({
  what,
  name,
  target,
  impactAction,
  deleteAction,
  onDeleted,
}: {
  what: "module" | "lesson";
  name: string;
  target: Record<string, string>;
  impactAction: StudioAction<Impact>;
  deleteAction: StudioAction<unknown>;
  onDeleted: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [impact, setImpact] = useState<Impact | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const onOpenChange = async (next: boolean) => {
    setOpen(next);
    setError(null);
    if (!next) return;
    const result = await callAction(impactAction, target);
    if (result.ok) setImpact(result.data);
    else setError(result.error);
  };
  const confirm = async () => {
    setPending(true);
    const result = await callAction(deleteAction, { ...target, confirm: "yes" });
    setPending(false);
    if (!result.ok) return setError(result.error);
    setOpen(false);
    onDeleted();
  };

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Trigger className={DANGER_BUTTON}>
        Delete
        <span className="sr-only">
          {" "}
          {what} {name}
        </span>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-950/50" />
        <Dialog.Content className="fixed top-1/2 left-1/2 z-50 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-2xl bg-white p-6 shadow-xl dark:bg-slate-900">
          <Dialog.Title className="text-lg font-semibold text-slate-900 dark:text-white">
            Delete the {what} “{name}”?
          </Dialog.Title>
          <Dialog.Description className="mt-2 text-sm text-slate-700 dark:text-slate-300">
            {impact === null
              ? "Counting the learners this affects…"
              : `${what === "module" ? `Its ${impact.lessons} lesson(s) go with it. ` : ""}${impact.learners} learner(s) have progress here that will be lost. This cannot be undone.`}
          </Dialog.Description>
          {error ? (
            <p role="alert" className="mt-3 text-sm text-rose-700 dark:text-rose-300">
              {error}
            </p>
          ) : null}
          <div className="mt-6 flex justify-end gap-2">
            <Dialog.Close className={SMALL_BUTTON}>Cancel</Dialog.Close>
            <button
              type="button"
              className={`${DANGER_BUTTON} bg-rose-50 dark:bg-rose-950`}
              onClick={confirm}
              disabled={pending || impact === null}
            >
              {pending ? "Deleting…" : `Delete ${what}`}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
