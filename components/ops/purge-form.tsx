"use client";

import { ActionForm } from "@/components/ui/form/action-form";
import { TextField } from "@/components/ui/form/form-controls";
import { purgePagesAction } from "@/lib/ops/actions";

export function PurgeForm() {
  return (
    <ActionForm
      action={purgePagesAction}
      submitLabel="Purge cached pages"
      pendingLabel="Purging…"
      successMessage="Purged on every instance."
      variant="secondary"
    >
      <TextField
        name="prefix"
        label="Path"
        hint="Every cached page under this path is dropped; / drops them all."
        defaultValue="/"
      />
    </ActionForm>
  );
}
