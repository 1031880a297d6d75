"use client";
// A service exercise's files as the learner edits them. Every keystroke is kept in this browser (per lesson, per
// file, with when it was typed), and for an enrolled learner each changed file is also saved on the server a
// moment after the last keystroke, so another device opens the project as they left it. Per file, the newer of
// this browser's copy and the server's wins; without either, the last answer the server checked, else the starter.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ServiceFileDrafts } from "@/lib/learning/service/service-drafts";
import { saveServiceFileAction } from "@/lib/learning/actions";

type Files = Record<string, string>;
type Stamped = Record<string, { source: string; at: number }>;
export type SaveState = { status: "idle" | "saving" | "saved" } | { status: "error"; message: string };

/** Quiet time after the last keystroke before a file is sent. */
const SAVE_DELAY_MS = 800;
const storageKey = (lessonId: string) => `academy:service-files:${lessonId}`;

/** This browser's copy: { path: { source, at } }; the first format ({ path: source }) reads as typed long ago. */
function readLocal(lessonId: string, starters: Files): Stamped {
  try {
    const parsed = JSON.parse(window.localStorage.getItem(storageKey(lessonId)) ?? "{}") as unknown;
    if (typeof parsed !== "object" || parsed === null) return {};
    const files: Stamped = {};
    for (const [path, value] of Object.entries(parsed as Record<string, unknown>)) {
      if (!(path in starters)) continue;
      if (typeof value === "string") files[path] = { source: value, at: 0 };
      else if (typeof value === "object" && value !== null) {
        const { source, at } = value as { source?: unknown; at?: unknown };
        if (typeof source === "string") files[path] = { source, at: typeof at === "number" ? at : 0 };
      }
    }
    return files;
  } catch {
    return {};
  }
}

function writeLocal(lessonId: string, files: Stamped) {
  try {
    window.localStorage.setItem(storageKey(lessonId), JSON.stringify(files));
  } catch {
    // A full or refused storage only loses the reload copy; the editor keeps working.
  }
}

function readAnswer(text: string | null, starters: Files): Files {
  if (!text) return {};
  try {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries(parsed).filter(([path, source]) => path in starters && typeof source === "string"),
    ) as Files;
  } catch {
    return {};
  }
}

export function useProjectFiles(
  lessonId: string,
  starters: Files,
  lastAnswer: string | null,
  serverFiles: ServiceFileDrafts | undefined,
  canSave: boolean,
) {
  // Only what this browser holds at first; the learner's state (server copies, last answer) arrives after the page.
  const [local, setLocal] = useState<Stamped>(() => readLocal(lessonId, starters));
  const [save, setSave] = useState<SaveState>({ status: "idle" });
  const timers = useRef(new Map<string, number>());
  const files = useMemo(() => {
    const answer = readAnswer(lastAnswer, starters);
    return Object.fromEntries(
      Object.keys(starters).map((path) => {
        const mine = local[path];
        const server = serverFiles?.[path];
        const serverAt = server ? Date.parse(server.savedAt) : -1;
        if (mine && (!server || mine.at >= serverAt)) return [path, mine.source];
        if (server) return [path, server.source];
        return [path, answer[path] ?? starters[path]!];
      }),
    );
  }, [local, lastAnswer, serverFiles, starters]);

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((timer) => window.clearTimeout(timer));
  }, []);

  const send = useCallback(
    (path: string, source: string) => {
      window.clearTimeout(timers.current.get(path));
      setSave({ status: "saving" });
      timers.current.set(
        path,
        window.setTimeout(async () => {
          timers.current.delete(path);
          const form = new FormData();
          form.set("lessonId", lessonId);
          form.set("path", path);
          form.set("source", source);
          const result = await saveServiceFileAction(null, form);
          if (!result.ok) return setSave({ status: "error", message: result.error });
          if (timers.current.size === 0) setSave({ status: "saved" });
        }, SAVE_DELAY_MS),
      );
    },
    [lessonId],
  );

  const update = useCallback(
    (next: Files) => {
      const at = Date.now();
      const changed = Object.entries(next).filter(([path, source]) => files[path] !== source);
      if (changed.length === 0) return;
      setLocal((current) => {
        const merged = { ...current };
        for (const [path, source] of changed) merged[path] = { source, at };
        writeLocal(lessonId, merged);
        return merged;
      });
      if (canSave) for (const [path, source] of changed) send(path, source);
    },
    [files, lessonId, canSave, send],
  );
  const setFile = useCallback((path: string, source: string) => update({ [path]: source }), [update]);
  const replaceAll = useCallback((next: Files) => update(next), [update]);
  return { files, setFile, replaceAll, save };
}
