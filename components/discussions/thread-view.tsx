"use client";
// One question with its answers, as the viewer may see them (the JSON route decides), with the answer form.
import useSWR from "swr";
import { fetchJson } from "@/components/data/personal-data";
import { Badge } from "@/components/ui/badge";
import type { ActionResult } from "@/lib/actions/result";
import { followThreadAction, setThreadPinnedAction } from "@/lib/discussions/actions";
import type { PostView, ThreadView as Thread } from "@/lib/discussions/queries";
import { AnswerForm } from "./answer-form";
import { PostControls } from "./post-controls";
import { PROSE, QUIET, threadUrl } from "./qa-styles";

const when = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" });

function Byline({ post }: { post: PostView }) {
  if (post.state === "deleted") return null;
  return (
    <p className="flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
      <span className="font-medium text-slate-800 dark:text-slate-200">{post.author}</span>
      {post.authorIsStaff && <Badge tone="brand">Staff</Badge>}
      <time dateTime={post.createdAt}>{when.format(new Date(post.createdAt))}</time>
      {post.edited && <span>(edited)</span>}
    </p>
  );
}

function Body({ post }: { post: PostView }) {
  if (post.state === "deleted")
    return <p className="text-sm text-slate-600 italic dark:text-slate-400">Deleted by its author.</p>;
  return (
    <>
      {post.state === "hidden" && (
        <p className="text-xs font-medium text-amber-900 dark:text-amber-200">
          Hidden by the course&apos;s staff{post.html ? ": only staff and the author see it." : "."}
        </p>
      )}
      {post.html && <div className={`${PROSE} mt-2`} dangerouslySetInnerHTML={{ __html: post.html }} />}
    </>
  );
}

export function ThreadView({ questionId, onChanged }: { questionId: string; onChanged: () => void }) {
  const { data, mutate } = useSWR<ActionResult<Thread>>(threadUrl(questionId), fetchJson);
  const refresh = async () => {
    await mutate();
    onChanged();
  };
  if (!data) return <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">Loading the thread…</p>;
  if (!data.ok) return <p className="mt-3 text-sm text-rose-800 dark:text-rose-300">{data.error}</p>;
  const { question, answers, viewer, cohort } = data.data;
  const noun = cohort ? "repl" : "answer";
  return (
    <div className="mt-3 space-y-4" data-testid="thread">
      <div>
        <Byline post={question} />
        <Body post={question} />
        {question.attempt &&
          (question.attempt.locked ? (
            <p className="mt-2 rounded-lg bg-slate-50 p-3 text-sm text-slate-700 dark:bg-slate-800/60 dark:text-slate-300">
              An attempt that passes the exercise is attached: you will see it once you have solved the exercise.
            </p>
          ) : (
            <figure className="mt-2">
              <figcaption className="text-xs font-medium text-slate-700 dark:text-slate-300">
                Attached attempt{question.attempt.language ? ` (${question.attempt.language})` : ""}
              </figcaption>
              <pre
                data-testid="attached-attempt"
                className="mt-1 overflow-x-auto rounded-lg bg-slate-900 p-3 text-xs text-slate-100"
              >
                <code>{question.attempt.code}</code>
              </pre>
            </figure>
          ))}
        <PostControls
          post={question}
          viewer={viewer}
          accept={false}
          title={question.mine ? question.title : undefined}
          onChanged={refresh}
        />
        {cohort && viewer.staff && question.state === "visible" && (
          <button
            type="button"
            className={`${QUIET} mt-2`}
            onClick={async () => {
              const form = new FormData();
              form.set("questionId", question.id);
              form.set("pinned", String(!question.pinned));
              await setThreadPinnedAction(null, form);
              await refresh();
            }}
          >
            {question.pinned ? "Unpin from the board" : "Pin to the top of the board"}
          </button>
        )}
        {viewer.member && (
          <label className="mt-2 flex items-center gap-2 text-xs text-slate-700 dark:text-slate-300">
            Notifications from this thread
            <select
              value={question.follow}
              className={QUIET}
              onChange={async (event) => {
                const form = new FormData();
                form.set("questionId", question.id);
                form.set("mode", event.target.value);
                await followThreadAction(null, form);
                await mutate();
              }}
            >
              <option value="follow">Following</option>
              <option value="none">Not following</option>
              <option value="mute">Muted</option>
            </select>
          </label>
        )}
      </div>
      <h4 className="text-sm font-semibold text-slate-900 dark:text-white">
        {answers.length} {noun}
        {cohort ? (answers.length === 1 ? "y" : "ies") : answers.length === 1 ? "" : "s"}
      </h4>
      <ol className="space-y-3">
        {answers.map((answer) => (
          <li
            key={answer.id}
            data-testid="answer"
            className={`rounded-lg border p-3 ${answer.accepted ? "border-emerald-400 bg-emerald-50/60 dark:border-emerald-700 dark:bg-emerald-950/40" : "border-slate-200 dark:border-slate-800"}`}
          >
            {answer.accepted && (
              <p className="mb-1 text-xs font-semibold text-emerald-800 dark:text-emerald-300">✓ Accepted answer</p>
            )}
            <Byline post={answer} />
            <Body post={answer} />
            <PostControls post={answer} viewer={viewer} accept={question.canAccept} onChanged={refresh} />
          </li>
        ))}
      </ol>
      {viewer.canPost && question.state === "visible" && (
        <AnswerForm
          questionId={question.id}
          label={cohort ? "Your reply" : "Your answer"}
          noun={cohort ? "reply" : "answer"}
          onAnswered={refresh}
        />
      )}
    </div>
  );
}
