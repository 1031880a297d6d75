"use client";
// Shown when a save was refused because the lesson changed elsewhere: compare, then keep one of the two.
import { useState } from "react";
import { diffLines } from "diff";
import type { LessonContent } from "@/lib/studio/lesson-content";
import { callAction, SMALL_BUTTON, type StudioAction } from "./call-action";
import type { DraftToken } from "./use-draft-autosave";

type Server = { content: LessonContent; token: DraftToken };

export function ConflictNotice({
  lessonId,
  mine,
  message,
  loadAction,
  onResolve,
}: {
  lessonId: string;
  mine: LessonContent;
  message: string;
  loadAction: StudioAction<Server>;
  onResolve: (choice: "mine" | "theirs", server: Server) => void;
}) {
  const [server, setServer] = useState<Server | null>(null);
  const [error, setError] = useState<string | null>(null);
  const compare = async () => {
    const result = await callAction(loadAction, { lessonId });
    if (result.ok) setServer(result.data);
    else setError(result.error);
  };
  const parts = server ? diffLines(server.content.body, mine.body) : [];
  return (
    <div
      role="alert"
      className="rounded-xl bg-amber-50 p-4 text-sm text-amber-950 ring-1 ring-amber-300 dark:bg-amber-950 dark:text-amber-50 dark:ring-amber-800"
    >
      <p className="font-semibold">{message}</p>
      <p className="mt-1">Your text is kept in this browser and is not lost.</p>
      {error ? <p className="mt-2">{error}</p> : null}
      {!server ? (
        <button type="button" className={`${SMALL_BUTTON} mt-3 bg-white dark:bg-slate-900`} onClick={compare}>
          Compare with the other edit
        </button>
      ) : (
        <>
          <p className="mt-3">
            Lines marked + are only in yours, − only in the other edit
            {server.content.title !== mine.title
              ? ` (titles: yours “${mine.title}”, theirs “${server.content.title}”)`
              : ""}
            :
          </p>
          <pre
            className="mt-2 max-h-72 overflow-auto rounded-lg bg-white p-3 font-mono text-xs text-slate-900 dark:bg-slate-950 dark:text-slate-100"
            data-testid="conflict-diff"
          >
            {parts.map((part, i) => (
              <span
                key={i}
                className={
                  part.added
                    ? "bg-emerald-100 dark:bg-emerald-900"
                    : part.removed
                      ? "bg-rose-100 dark:bg-rose-900"
                      : undefined
                }
              >
                {part.value
                  .split("\n")
                  .filter((line, j, all) => j < all.length - 1 || line !== "")
                  .map((line) => `${part.added ? "+ " : part.removed ? "− " : "  "}${line}\n`)
                  .join("")}
              </span>
            ))}
          </pre>
          <div className="mt-3 flex flex-wrap gap-2">
            <button
              type="button"
              className={`${SMALL_BUTTON} bg-white dark:bg-slate-900`}
              onClick={() => onResolve("mine", server)}
            >
              Keep my text
            </button>
            <button
              type="button"
              className={`${SMALL_BUTTON} bg-white dark:bg-slate-900`}
              onClick={() => onResolve("theirs", server)}
            >
              Take the other edit
            </button>
          </div>
        </>
      )}
    </div>
  );
}
