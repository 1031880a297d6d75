"use client";
// A service exercise's files as the learner edits them. Every keystroke is kept in this browser (per lesson,
// every file), so a reload keeps each file; without a local copy, the last answer the server checked is used,
// and without that the starters.
import { useCallback, useMemo, useState } from "react";

type Files = Record<string, string>;

const storageKey = (lessonId: string) => `academy:service-files:${lessonId}`;

function readFiles(text: string | null, starters: Files): Files | null {
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed !== "object" || parsed === null) return null;
    const files: Files = { ...starters };
    for (const [path, source] of Object.entries(parsed as Record<string, unknown>))
      if (path in starters && typeof source === "string") files[path] = source;
    return files;
  } catch {
    return null;
  }
}

function readLocal(lessonId: string, starters: Files): Files | null {
  try {
    return readFiles(window.localStorage.getItem(storageKey(lessonId)), starters);
  } catch {
    return null;
  }
}

export function useProjectFiles(lessonId: string, starters: Files, lastAnswer: string | null) {
  // Only what this browser holds; the learner's state (their last checked answer) arrives after the page.
  const [local, setLocal] = useState<Files | null>(() => readLocal(lessonId, starters));
  const files = useMemo(() => local ?? readFiles(lastAnswer, starters) ?? starters, [local, lastAnswer, starters]);
  const setFile = useCallback(
    (path: string, source: string) => {
      const next = { ...files, [path]: source };
      setLocal(next);
      try {
        window.localStorage.setItem(storageKey(lessonId), JSON.stringify(next));
      } catch {
        // A full or refused storage only loses the reload copy; the editor keeps working.
      }
    },
    [files, lessonId],
  );
  const replaceAll = useCallback(
    (next: Files) => {
      const merged = { ...files, ...next };
      setLocal(merged);
      try {
        window.localStorage.setItem(storageKey(lessonId), JSON.stringify(merged));
      } catch {
        // As above.
      }
    },
    [files, lessonId],
  );
  return { files, setFile, replaceAll };
}
