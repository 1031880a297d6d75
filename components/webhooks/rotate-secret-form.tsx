"use client";
// Rotating the signing secret: the new one is shown once; the old one keeps signing for the chosen overlap.
import { useState } from "react";
import { ActionForm } from "@/components/ui/form/action-form";
import { SelectField } from "@/components/ui/form/fields";
import type { ActionResult } from "@/lib/actions/result";
import { SecretReveal } from "./secret-reveal";

type Action = (previous: unknown, formData: FormData) => Promise<ActionResult<unknown>>;

const OVERLAP = { "24": "24 hours", "72": "3 days", "0": "No overlap: stop at once" };

export function RotateSecretForm({ endpointId, action }: { endpointId: string; action: Action }) {
  const [rotated, setRotated] = useState<{ secret: string; previousValidUntil: string | null } | null>(null);
  return (
    <div className="space-y-4">
      {rotated ? (
        <SecretReveal
          secret={rotated.secret}
          message={
            rotated.previousValidUntil
              ? `The new secret, shown once. Deliveries carry signatures from both secrets until ${new Date(rotated.previousValidUntil).toUTCString()}.`
              : "The new secret, shown once. The old one no longer signs."
          }
        />
      ) : null}
      <ActionForm
        action={action}
        submitLabel="Rotate secret"
        pendingLabel="Rotating…"
        variant="secondary"
        onSuccess={(data) => setRotated(data as { secret: string; previousValidUntil: string | null })}
      >
        <input type="hidden" name="endpointId" value={endpointId} />
        <SelectField name="overlapHours" label="Old secret keeps signing for" options={OVERLAP} defaultValue="24" />
      </ActionForm>
    </div>
  );
}
