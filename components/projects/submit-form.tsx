"use client";
import { useRouter } from "next/navigation";
import { ActionForm } from "@/components/ui/form/action-form";
import { TextAreaField, TextField } from "@/components/ui/form/form-controls";
import type { ActionResult } from "@/lib/actions/result";

type Kind = "REPOSITORY" | "TEXT" | "UPLOAD";

/** The form posts to the submissions route (multipart, for uploads), and reads its answer as an action's. */
async function postSubmission(_previous: unknown, formData: FormData): Promise<ActionResult<unknown>> {
  try {
    const response = await fetch("/api/cohorts/submissions", { method: "POST", body: formData });
    return (await response.json()) as ActionResult<unknown>;
  } catch {
    return {
      ok: false,
      error: "The submission did not reach us. Check your connection and try again.",
      code: "FAILED",
    };
  }
}

export function SubmitProjectForm({
  cohortId,
  projectId,
  kind,
  maxMegabytes,
  resubmit,
}: {
  cohortId: string;
  projectId: string;
  kind: Kind;
  maxMegabytes: number;
  resubmit: boolean;
}) {
  const router = useRouter();
  return (
    <ActionForm
      action={postSubmission}
      onSuccess={() => router.refresh()}
      submitLabel={resubmit ? "Submit again" : "Submit"}
      pendingLabel="Submitting…"
      successMessage="Submitted. Your mentor will review it; you will get an email when they do."
    >
      <input type="hidden" name="cohortId" value={cohortId} />
      <input type="hidden" name="projectId" value={projectId} />
      {kind === "REPOSITORY" ? (
        <TextField
          name="repositoryUrl"
          label="Repository link"
          type="url"
          placeholder="https://github.com/you/project"
          required
        />
      ) : null}
      {kind === "TEXT" ? (
        <TextAreaField name="textAnswer" label="Your answer (Markdown)" rows={10} maxLength={50_000} required />
      ) : null}
      {kind === "UPLOAD" ? <FileField maxMegabytes={maxMegabytes} /> : null}
      <TextAreaField name="notes" label="Notes for your reviewer (optional)" rows={3} maxLength={5000} />
    </ActionForm>
  );
}

function FileField({ maxMegabytes }: { maxMegabytes: number }) {
  return (
    <TextField
      name="file"
      label="Your project (a .zip archive or a PDF)"
      type="file"
      accept=".zip,.pdf,application/zip,application/pdf"
      hint={`Up to ${maxMegabytes} MB.`}
      required
    />
  );
}
