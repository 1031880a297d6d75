"use client";
// Registering an endpoint: address, description, events; the signing secret is shown once on success.
import Link from "next/link";
import { useState } from "react";
import { ActionForm } from "@/components/ui/form/action-form";
import { CheckboxField } from "@/components/ui/form/fields";
import { FieldError, TextField, useFieldErrors } from "@/components/ui/form/form-controls";
import type { ActionResult } from "@/lib/actions/result";
import { SecretReveal } from "./secret-reveal";

type Action = (previous: unknown, formData: FormData) => Promise<ActionResult<unknown>>;

function EventErrors() {
  return <FieldError id="webhook-events-error" errors={useFieldErrors("eventTypes")} />;
}

export function CreateEndpointForm({ events, action }: { events: string[]; action: Action }) {
  const [created, setCreated] = useState<{ id: string; secret: string } | null>(null);
  return (
    <div className="space-y-6">
      {created ? (
        <div className="space-y-2">
          <SecretReveal
            secret={created.secret}
            message="Copy the signing secret now: it is shown only once. Your receiver verifies each delivery with it."
          />
          <Link
            href={`/developers/webhooks/${created.id}`}
            className="text-sm font-semibold text-brand-700 underline hover:text-brand-800 dark:text-brand-300"
          >
            Open the endpoint and its delivery log
          </Link>
        </div>
      ) : null}
      <ActionForm
        action={action}
        submitLabel="Add endpoint"
        pendingLabel="Adding…"
        onSuccess={(data) => setCreated(data as { id: string; secret: string })}
      >
        <TextField
          name="url"
          label="Endpoint URL"
          type="url"
          maxLength={2000}
          hint="An https:// address on the public internet that answers 2xx within 10 seconds."
          required
        />
        <TextField name="description" label="Description (optional)" maxLength={120} hint="For example “CRM sync”." />
        <fieldset className="space-y-2" aria-describedby="webhook-events-error">
          <legend className="text-sm font-medium text-slate-900 dark:text-slate-100">Events</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {events.map((type) => (
              <CheckboxField key={type} name={`event:${type}`} label={type} />
            ))}
          </div>
          <EventErrors />
        </fieldset>
      </ActionForm>
    </div>
  );
}
