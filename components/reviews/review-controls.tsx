"use client";
// The personal parts of the reviews section: the learner's own review form, the instructor's answer, the
// admin's hide button. What each viewer may do comes from /api/reviews/mine (SWR, signed-in visitors only).
import { useState } from "react";
import { wasChecked } from "@/components/ui/form/form-values";
import { useKeptActionState } from "@/components/ui/form/use-kept-action-state";
import type { ActionResult } from "@/lib/actions/result";
import { replyToReviewAction, saveReviewAction, setReviewHiddenAction } from "@/lib/reviews/actions";
import type { MyReviewState } from "@/lib/reviews/queries";
import { REVIEW_MAX_LENGTH } from "@/lib/reviews/rules";
import { usePersonalData } from "@/components/data/personal-data";
import { HideReview } from "./hide-review";

const FIELD =
  "mt-1 block w-full rounded-lg border-0 bg-white px-3 py-2 text-sm text-slate-900 ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600 dark:bg-slate-900 dark:text-slate-100 dark:ring-slate-700";
const BUTTON =
  "rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60 dark:bg-brand-500 dark:text-slate-950 dark:hover:bg-brand-400";
const SMALL = "text-xs font-semibold text-brand-700 underline-offset-2 hover:underline dark:text-brand-300";

const mineUrl = (courseSlug: string) => `/api/reviews/mine?${new URLSearchParams({ course: courseSlug })}`;

function useMine(courseSlug: string) {
  return usePersonalData<ActionResult<MyReviewState>>(mineUrl(courseSlug));
}

function Feedback({ state, ok }: { state: ActionResult<unknown> | null; ok: string }) {
  if (!state) return null;
  return state.ok ? (
    <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
      {ok}
    </p>
  ) : (
    <p role="alert" tabIndex={-1} className="text-sm text-rose-800 dark:text-rose-300">
      {state.fieldErrors ? Object.values(state.fieldErrors).flat()[0] : state.error}
    </p>
  );
}

export function MyReview({ courseSlug }: { courseSlug: string }) {
  const { data, mutate } = useMine(courseSlug);
  const {
    result: state,
    values,
    pending,
    formProps,
  } = useKeptActionState(async (previous: unknown, form: FormData) => {
    const result = await saveReviewAction(previous, form);
    if (result.ok) await mutate();
    return result;
  });
  const invalid = (name: string) => (state && !state.ok && state.fieldErrors?.[name]?.length ? true : undefined);
  const mine = data?.ok ? data.data : null;
  if (!mine) return null;
  if (!mine.canReview)
    return mine.lessonsToGo > 0 ? (
      <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
        Finish {mine.lessonsToGo} more lesson{mine.lessonsToGo === 1 ? "" : "s"} of this course to review it.
      </p>
    ) : null;
  return (
    <form
      {...formProps}
      noValidate
      aria-label="Your review"
      className="mt-4 space-y-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800"
    >
      <input type="hidden" name="courseSlug" value={courseSlug} />
      <fieldset>
        <legend className="text-sm font-semibold text-slate-900 dark:text-white">
          {mine.review ? "Your review (you can edit it)" : "Rate this course"}
        </legend>
        <div className="mt-2 flex flex-wrap gap-3">
          {[1, 2, 3, 4, 5].map((stars) => (
            <label key={stars} className="flex items-center gap-1 text-sm text-slate-700 dark:text-slate-300">
              <input
                type="radio"
                name="rating"
                value={stars}
                defaultChecked={wasChecked(values, "rating", String(stars)) ?? mine.review?.rating === stars}
                required
                className="accent-brand-600"
              />
              {stars} star{stars === 1 ? "" : "s"}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="block text-sm font-medium text-slate-700 dark:text-slate-300">
        Your review
        <textarea
          name="body"
          required
          maxLength={REVIEW_MAX_LENGTH}
          rows={4}
          defaultValue={typeof values?.body === "string" ? values.body : (mine.review?.body ?? "")}
          aria-invalid={invalid("body")}
          className={FIELD}
        />
      </label>
      {mine.review?.hidden && (
        <p className="text-sm text-amber-800 dark:text-amber-300">
          An administrator has hidden this review from the course page.
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={BUTTON}>
          {pending ? "Saving…" : mine.review ? "Update review" : "Publish review"}
        </button>
        <Feedback state={state} ok="Thank you: your review is saved. The list below shows it within a minute." />
      </div>
    </form>
  );
}

export function ReviewModeration({
  courseSlug,
  reviewId,
  hasReply,
}: {
  courseSlug: string;
  reviewId: string;
  hasReply: boolean;
}) {
  const { data } = useMine(courseSlug);
  const mine = data?.ok ? data.data : null;
  if (!mine || (!mine.canReply && !mine.canModerate)) return null;
  return (
    <div className="mt-3 space-y-2">
      {mine.canReply && <ReplyForm reviewId={reviewId} hasReply={hasReply} />}
      {mine.canModerate && (
        <HideReview
          reviewId={reviewId}
          hidden={mine.hiddenIds.includes(reviewId)}
          label="this review"
          action={setReviewHiddenAction}
        />
      )}
    </div>
  );
}

function ReplyForm({ reviewId, hasReply }: { reviewId: string; hasReply: boolean }) {
  const [open, setOpen] = useState(false);
  const { result: state, values, pending, formProps } = useKeptActionState(replyToReviewAction);
  if (!open)
    return (
      <button type="button" className={SMALL} onClick={() => setOpen(true)}>
        {hasReply ? "Edit your answer" : "Answer this review"}
      </button>
    );
  return (
    <form {...formProps} noValidate className="space-y-2">
      <input type="hidden" name="reviewId" value={reviewId} />
      <label className="block text-sm font-medium text-slate-700 dark:text-slate-300">
        Your answer
        <textarea
          name="reply"
          required
          maxLength={REVIEW_MAX_LENGTH}
          rows={3}
          defaultValue={typeof values?.reply === "string" ? values.reply : undefined}
          aria-invalid={state && !state.ok && state.fieldErrors?.reply?.length ? true : undefined}
          className={FIELD}
        />
      </label>
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className={BUTTON}>
          {pending ? "Sending…" : "Publish answer"}
        </button>
        <Feedback state={state} ok="Your answer is saved; it shows under the review within a minute." />
      </div>
    </form>
  );
}
