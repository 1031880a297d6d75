"use client";
import { useRouter } from "next/navigation";
import { ActionForm } from "@/components/ui/form/action-form";
import { FieldError, TextAreaField, useFieldErrors } from "@/components/ui/form/form-controls";
import type { ActionResult } from "@/lib/actions/result";
import { saveReviewAction } from "@/lib/projects/actions";
import type { Rubric } from "@/lib/projects/rubric";

type Existing = { scores: number[]; comment: string; outcome: string; version: number } | null;

/** One radio group per criterion; the action gets their choices as one "scores" field, in the rubric's order. */
export function ReviewForm({
  submissionId,
  rubric,
  passMark,
  existing,
}: {
  submissionId: string;
  rubric: Rubric;
  passMark: number;
  existing: Existing;
}) {
  const router = useRouter();
  const save = async (previous: unknown, formData: FormData): Promise<ActionResult<unknown>> => {
    const scores = rubric.map((_criterion, i) => formData.get(`level-${i}`));
    const sent = new FormData();
    for (const name of ["submissionId", "baseVersion", "comment", "outcome"])
      sent.set(name, String(formData.get(name) ?? ""));
    sent.set("scores", scores.every((s) => typeof s === "string") ? scores.join(",") : "");
    return saveReviewAction(previous, sent);
  };
  return (
    <ActionForm
      action={save}
      onSuccess={() => router.refresh()}
      submitLabel="Save the review"
      pendingLabel="Saving…"
      successMessage="Saved. The learner gets an email with your review."
    >
      <input type="hidden" name="submissionId" value={submissionId} />
      <input type="hidden" name="baseVersion" value={existing?.version ?? 0} />
      {rubric.map((criterion, i) => (
        <fieldset key={criterion.title} className="rounded-xl border border-slate-200 p-4 dark:border-slate-700">
          <legend className="px-1 text-sm font-semibold text-slate-900 dark:text-white">{criterion.title}</legend>
          <div className="mt-1 flex flex-wrap gap-x-5 gap-y-2">
            {criterion.levels.map((level, j) => (
              <label key={level.label} className="flex items-center gap-2 text-sm text-slate-800 dark:text-slate-200">
                <input
                  type="radio"
                  name={`level-${i}`}
                  value={j}
                  defaultChecked={existing?.scores[i] === j}
                  required
                  className="size-4 accent-brand-600"
                />
                {level.label} ({level.points} pt{level.points === 1 ? "" : "s"})
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <ScoresError />
      <TextAreaField
        name="comment"
        label="Comment for the learner (Markdown)"
        rows={6}
        maxLength={10_000}
        defaultValue={existing?.comment ?? ""}
      />
      <fieldset>
        <legend className="text-sm font-medium text-slate-900 dark:text-slate-100">Decision</legend>
        <p className="text-sm text-slate-600 dark:text-slate-400">Passing needs {passMark} points or more.</p>
        <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          {[
            ["CHANGES_REQUESTED", "Changes requested"],
            ["PASSED", "Passed"],
          ].map(([value, text]) => (
            <label key={value} className="flex items-center gap-2 text-sm text-slate-800 dark:text-slate-200">
              <input
                type="radio"
                name="outcome"
                value={value}
                defaultChecked={existing?.outcome === value}
                required
                className="size-4 accent-brand-600"
              />
              {text}
            </label>
          ))}
        </div>
        <OutcomeError />
      </fieldset>
    </ActionForm>
  );
}

function ScoresError() {
  return <FieldError errors={useFieldErrors("scores")} />;
}

function OutcomeError() {
  return <FieldError errors={useFieldErrors("outcome")} />;
}
