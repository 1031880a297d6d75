"use client";
// The lesson's questions, loaded in the browser after the cached page (per view, from the JSON route), so the
// page stays the same HTML for everyone. Visitors see them on free-preview lessons only; on the others the
// route answers 404 to anyone but members, and this section stays empty.
import { useState } from "react";
import useSWR from "swr";
import { fetchJson, useSignedInHint } from "@/components/data/personal-data";
import { Badge } from "@/components/ui/badge";
import type { ActionResult } from "@/lib/actions/result";
import type { ThreadSummary, Viewer } from "@/lib/discussions/queries";
import type { ThreadSort } from "@/lib/discussions/rules";
import { AskForm } from "./ask-form";
import { threadsUrl } from "./qa-styles";
import { ThreadView } from "./thread-view";

const SORTS: { value: ThreadSort; label: string }[] = [
  { value: "newest", label: "Newest" },
  { value: "unanswered", label: "Unanswered" },
  { value: "top", label: "Top" },
];

type Threads = { viewer: Viewer; threads: ThreadSummary[] };

export function LessonQa({
  lessonId,
  courseSlug,
  freePreview,
  exercise,
}: {
  lessonId: string;
  courseSlug: string;
  freePreview: boolean;
  exercise: boolean;
}) {
  const hinted = useSignedInHint();
  const [sort, setSort] = useState<ThreadSort>("newest");
  // A link to #question-<id> opens that thread (the section renders nothing before its data, so reading the
  // address here cannot make the hydrated HTML differ).
  const [open, setOpen] = useState<string | null>(() =>
    typeof window === "undefined" ? null : (/^#question-([\w-]+)$/.exec(window.location.hash)?.[1] ?? null),
  );
  const [asking, setAsking] = useState(false);
  const wanted = hinted === true || (hinted === false && freePreview);
  const { data, mutate } = useSWR<ActionResult<Threads>>(wanted ? threadsUrl(lessonId, sort) : null, fetchJson, {
    revalidateOnFocus: false,
    shouldRetryOnError: false,
  });
  if (!data?.ok) return null;
  const { viewer, threads } = data.data;
  return (
    <section aria-labelledby="qa-heading" className="mt-12 border-t border-slate-200 pt-6 dark:border-slate-800">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="qa-heading" className="text-xl font-bold text-slate-900 dark:text-white">
          Questions about this lesson
        </h2>
        <div role="group" aria-label="Sort questions" className="flex gap-1">
          {SORTS.map((option) => (
            <button
              key={option.value}
              type="button"
              aria-pressed={sort === option.value}
              onClick={() => setSort(option.value)}
              className="rounded-md px-2.5 py-1 text-xs font-semibold text-slate-700 ring-1 ring-slate-300 ring-inset aria-pressed:bg-brand-600 aria-pressed:text-white aria-pressed:ring-brand-600 dark:text-slate-200 dark:ring-slate-700 dark:aria-pressed:bg-brand-500 dark:aria-pressed:text-slate-950"
            >
              {option.label}
            </button>
          ))}
        </div>
      </div>
      {viewer.canPost ? (
        asking ? (
          <div className="mt-4">
            <AskForm
              lessonId={lessonId}
              courseSlug={courseSlug}
              exercise={exercise}
              onAsked={(questionId) => {
                setAsking(false);
                setOpen(questionId);
                void mutate();
              }}
            />
          </div>
        ) : (
          <button
            type="button"
            onClick={() => setAsking(true)}
            className="mt-4 rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 dark:bg-brand-500 dark:text-slate-950 dark:hover:bg-brand-400"
          >
            Ask a question
          </button>
        )
      ) : (
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
          {viewer.signedIn
            ? "Enrol in this course to ask and answer questions."
            : "Sign in and enrol to ask a question."}
        </p>
      )}
      {threads.length === 0 ? (
        <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">No questions yet.</p>
      ) : (
        <ul className="mt-4 divide-y divide-slate-200 dark:divide-slate-800" data-testid="qa-threads">
          {threads.map((thread) => (
            <li key={thread.id} id={`question-${thread.id}`} className="py-3">
              <button
                type="button"
                aria-expanded={open === thread.id}
                onClick={() => setOpen(open === thread.id ? null : thread.id)}
                className="text-left font-semibold text-slate-900 hover:text-brand-700 dark:text-white dark:hover:text-brand-300"
              >
                {thread.title}
              </button>
              <p className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
                {thread.author && <span>{thread.author}</span>}
                {thread.authorIsStaff && <Badge tone="brand">Staff</Badge>}
                <span>
                  {thread.answerCount} answer{thread.answerCount === 1 ? "" : "s"}
                </span>
                <span>
                  {thread.score} vote{thread.score === 1 ? "" : "s"}
                </span>
                {thread.accepted && <Badge tone="green">✓ Answered</Badge>}
                {thread.state === "hidden" && <Badge tone="amber">Hidden</Badge>}
              </p>
              {open === thread.id && <ThreadView questionId={thread.id} onChanged={() => void mutate()} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
