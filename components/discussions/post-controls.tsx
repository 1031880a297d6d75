"use client";
// The buttons under one post: vote, accept, edit, delete, report, hide. Each calls its server action and
// reloads the thread; a refusal shows its sentence beside the buttons.
import { useState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/result";
import {
  acceptAnswerAction,
  deletePostAction,
  editPostAction,
  reportPostAction,
  setPostHiddenAction,
  votePostAction,
} from "@/lib/discussions/actions";
import type { PostView, Viewer } from "@/lib/discussions/queries";
import { QA_TITLE_MAX } from "@/lib/discussions/rules";
import { FIELD, QUIET } from "./qa-styles";

function Small({
  children,
  onClick,
  label,
  busy,
}: {
  children: ReactNode;
  onClick: () => void;
  label?: string;
  busy: boolean;
}) {
  return (
    <button type="button" disabled={busy} onClick={onClick} aria-label={label} className={QUIET}>
      {children}
    </button>
  );
}

type Call = (previous: unknown, form: FormData) => Promise<ActionResult<unknown>>;

const formOf = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return form;
};

export function PostControls({
  post,
  viewer,
  accept,
  title,
  onChanged,
}: {
  post: PostView & { accepted?: boolean };
  viewer: Viewer;
  /** Shown on answers when the viewer may accept one. */
  accept: boolean;
  /** The current title of the viewer's own question: its edit form edits the title too. */
  title?: string;
  onChanged: () => Promise<unknown>;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<"edit" | "report" | "hide" | null>(null);
  const run = async (call: Call, fields: Record<string, string>) => {
    setBusy(true);
    setError(null);
    const result = await call(null, formOf(fields));
    setBusy(false);
    if (!result.ok) setError(result.fieldErrors ? Object.values(result.fieldErrors).flat()[0]! : result.error);
    else {
      setOpen(null);
      await onChanged();
    }
  };
  if (post.state === "deleted") return null;
  return (
    <div className="mt-2">
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-xs text-slate-600 dark:text-slate-400" data-testid="score">
          {post.score} vote{post.score === 1 ? "" : "s"}
        </span>
        {viewer.member && !post.mine && (
          <Small
            busy={busy}
            onClick={() => run(votePostAction, { postId: post.id, up: String(!post.voted) })}
            label={post.voted ? "Remove your upvote" : "Upvote"}
          >
            {post.voted ? "▲ Upvoted" : "▲ Upvote"}
          </Small>
        )}
        {accept && (
          <Small busy={busy} onClick={() => run(acceptAnswerAction, { answerId: post.id })}>
            {post.accepted ? "Unmark accepted" : "Accept answer"}
          </Small>
        )}
        {post.mine && (
          <Small busy={busy} onClick={() => setOpen(open === "edit" ? null : "edit")}>
            Edit
          </Small>
        )}
        {post.mine && (
          <Small
            busy={busy}
            onClick={() => {
              if (window.confirm("Delete this post? Its words are removed for good."))
                void run(deletePostAction, { postId: post.id });
            }}
          >
            Delete
          </Small>
        )}
        {viewer.member && !post.mine && (
          <Small busy={busy} onClick={() => setOpen(open === "report" ? null : "report")}>
            Report
          </Small>
        )}
        {viewer.staff && (
          <Small busy={busy} onClick={() => setOpen(open === "hide" ? null : "hide")}>
            {post.state === "hidden" ? "Restore" : "Hide"}
          </Small>
        )}
        {error && (
          <span role="alert" className="text-xs text-rose-800 dark:text-rose-300">
            {error}
          </span>
        )}
      </div>
      {open && (
        <form
          className="mt-2 space-y-2"
          onSubmit={(event) => {
            event.preventDefault();
            const fields = new FormData(event.currentTarget);
            const text = String(fields.get("text") ?? "");
            if (open === "edit")
              void run(editPostAction, {
                postId: post.id,
                body: text,
                ...(title !== undefined ? { title: String(fields.get("title") ?? "") } : {}),
              });
            if (open === "report") void run(reportPostAction, { postId: post.id, reason: text });
            if (open === "hide")
              void run(setPostHiddenAction, {
                postId: post.id,
                hidden: String(post.state !== "hidden"),
                reason: text,
              });
          }}
        >
          {open === "edit" && title !== undefined && (
            <label className="block text-xs font-medium text-slate-700 dark:text-slate-300">
              Title
              <input name="title" required maxLength={QA_TITLE_MAX} defaultValue={title} className={FIELD} />
            </label>
          )}
          <label className="block text-xs font-medium text-slate-700 dark:text-slate-300">
            {open === "edit"
              ? "Edit your post (Markdown)"
              : open === "report"
                ? "What is wrong with it?"
                : "Reason (the author is told)"}
            <textarea
              name="text"
              rows={open === "edit" ? 4 : 2}
              required
              defaultValue={open === "edit" ? (post.source ?? "") : ""}
              className={FIELD}
            />
          </label>
          <button type="submit" disabled={busy} className={QUIET}>
            {open === "edit"
              ? "Save edit"
              : open === "report"
                ? "Send report"
                : post.state === "hidden"
                  ? "Restore post"
                  : "Hide post"}
          </button>
        </form>
      )}
    </div>
  );
}
