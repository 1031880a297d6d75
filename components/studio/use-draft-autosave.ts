"use client";
// Autosaved lesson drafts. Every change is written to this browser at once (a closed tab loses nothing) and
// to the server a moment after typing stops. A save names the token it started from; a refusal because the
// lesson was edited elsewhere stops autosaving until the author chooses whose text to keep.
import { useCallback, useEffect, useRef, useState } from "react";
import type { LessonContent } from "@/lib/studio/lesson-content";
import { callAction, type StudioAction } from "./call-action";

export type DraftToken = { lessonVersion: number; revision: number };
export type SaveStatus = "saved" | "unsaved" | "saving" | "invalid" | "conflict" | "offline";

const DELAY_MS = 1_200;
const CONFLICT = "edited elsewhere";
const storageKey = (lessonId: string) => `studio-draft:${lessonId}`;

type Stored = { token: DraftToken; content: LessonContent };

function readLocal(lessonId: string): Stored | null {
  try {
    const text = window.localStorage.getItem(storageKey(lessonId));
    return text ? (JSON.parse(text) as Stored) : null;
  } catch {
    return null;
  }
}

export function useDraftAutosave({
  lessonId,
  initial,
  initialToken,
  saveAction,
}: {
  lessonId: string;
  initial: LessonContent;
  initialToken: DraftToken;
  saveAction: StudioAction<{ token: DraftToken }>;
}) {
  const [content, setContent] = useState(initial);
  const [status, setStatus] = useState<SaveStatus>("saved");
  const [message, setMessage] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [restoredLocal, setRestoredLocal] = useState(false);
  const token = useRef(initialToken);
  const latest = useRef(initial);
  const timer = useRef<number | undefined>(undefined);
  const inFlight = useRef(false);
  const again = useRef(false);
  const conflicted = useRef(false);
  const saveRef = useRef<() => Promise<void>>(async () => undefined);

  const save = useCallback(async () => {
    window.clearTimeout(timer.current);
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    setStatus("saving");
    const sent = latest.current;
    const result = await callAction(saveAction, {
      lessonId,
      lessonVersion: token.current.lessonVersion,
      revision: token.current.revision,
      content: JSON.stringify(sent),
    });
    inFlight.current = false;
    if (result.ok) {
      token.current = result.data.token;
      setFieldErrors({});
      setMessage(null);
      if (latest.current === sent) {
        window.localStorage.removeItem(storageKey(lessonId));
        setStatus("saved");
      } else setStatus("unsaved");
    } else {
      setFieldErrors(result.fieldErrors ?? {});
      setMessage(result.error);
      conflicted.current = result.error.includes(CONFLICT);
      setStatus(conflicted.current ? "conflict" : result.fieldErrors ? "invalid" : "offline");
    }
    if (again.current || (result.ok && latest.current !== sent)) {
      again.current = false;
      if (result.ok) timer.current = window.setTimeout(() => void saveRef.current(), DELAY_MS);
    }
  }, [lessonId, saveAction]);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const update = useCallback(
    (next: LessonContent) => {
      latest.current = next;
      setContent(next);
      window.localStorage.setItem(
        storageKey(lessonId),
        JSON.stringify({ token: token.current, content: next } satisfies Stored),
      );
      setStatus((current) => (current === "conflict" ? current : "unsaved"));
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => {
        if (!conflicted.current) void saveRef.current();
      }, DELAY_MS);
    },
    [lessonId],
  );

  /** After "edited elsewhere": keep this text over the other (with the new token) or take the other. */
  const resolve = useCallback(
    (choice: "mine" | "theirs", server: Stored) => {
      token.current = server.token;
      conflicted.current = false;
      if (choice === "theirs") {
        latest.current = server.content;
        setContent(server.content);
        window.localStorage.removeItem(storageKey(lessonId));
        setStatus("saved");
        setMessage(null);
        return;
      }
      setStatus("unsaved");
      void save();
    },
    [lessonId, save],
  );

  // A copy left in this browser by a tab that closed before saving comes back, if nothing newer was saved.
  useEffect(() => {
    const local = readLocal(lessonId);
    if (!local) return;
    if (
      local.token.lessonVersion === initialToken.lessonVersion &&
      local.token.revision === initialToken.revision &&
      JSON.stringify(local.content) !== JSON.stringify(initial)
    ) {
      latest.current = local.content;
      // Restoring from storage is a one-off sync with the outside world on mount.
      // eslint-disable-next-line react-hooks/set-state-in-effect -- see above
      setContent(local.content);
      setRestoredLocal(true);
      setStatus("unsaved");
      timer.current = window.setTimeout(() => void saveRef.current(), DELAY_MS);
    } else window.localStorage.removeItem(storageKey(lessonId));
    // Runs once on mount with the server's first answer.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, []);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (status !== "saved") event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [status]);

  return { content, update, save, status, message, fieldErrors, resolve, restoredLocal, token };
}
