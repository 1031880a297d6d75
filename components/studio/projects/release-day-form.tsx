"use client";
import { ActionForm } from "@/components/ui/form/action-form";
import { TextField } from "@/components/ui/form/form-controls";
import { saveModuleReleaseDayAction } from "@/lib/studio/project-actions";

/** One module's drip day: the days after a cohort's start when it opens (empty: open from the start). */
export function ReleaseDayForm({ module }: { module: { id: string; title: string; releaseDay: number | null } }) {
  return (
    <ActionForm
      action={saveModuleReleaseDayAction}
      submitLabel="Save"
      pendingLabel="Saving…"
      successMessage="Saved."
      variant="secondary"
      className="flex flex-wrap items-end gap-3"
    >
      <input type="hidden" name="moduleId" value={module.id} />
      <TextField
        name="releaseDay"
        label={`${module.title}: opens on day`}
        inputMode="numeric"
        defaultValue={module.releaseDay === null ? "" : String(module.releaseDay)}
        className="min-w-0 flex-1"
      />
    </ActionForm>
  );
}
