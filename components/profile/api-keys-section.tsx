"use client";
// The profile's API keys: create one (its secret shown once, with a copy button), see each key's use, revoke it.
import { useState } from "react";
import { ActionForm } from "@/components/ui/form/action-form";
import { TextField } from "@/components/ui/form/form-controls";
import { CheckboxField, SelectField } from "@/components/ui/form/fields";
import { FieldError, useFieldErrors } from "@/components/ui/form/form-controls";
import type { ActionResult } from "@/lib/actions/result";

type Action = (previous: unknown, formData: FormData) => Promise<ActionResult<unknown>>;

export type ApiKeyView = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  ownerEmail: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsed: string | null;
  state: "active" | "revoked" | "expired";
};

type Props = {
  keys: ApiKeyView[];
  scopes: { value: string; label: string }[];
  ownEmail: string;
  mayCreateForOthers: boolean;
  createAction: Action;
  revokeAction: Action;
};

type Created = { secret: string; name: string; ownerEmail: string };

const EXPIRY = { "": "Never", "7": "In 7 days", "30": "In 30 days", "90": "In 90 days", "365": "In a year" };

function ScopeErrors() {
  return <FieldError id="api-key-scopes-error" errors={useFieldErrors("scopes")} />;
}

export function ApiKeysSection({ keys, scopes, ownEmail, mayCreateForOthers, createAction, revokeAction }: Props) {
  const [created, setCreated] = useState<Created | null>(null);
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-6">
      {created ? (
        <div
          role="status"
          className="space-y-2 rounded-xl bg-emerald-50 p-4 ring-1 ring-emerald-200 dark:bg-emerald-950 dark:ring-emerald-900"
        >
          <p className="text-sm font-medium text-emerald-900 dark:text-emerald-100">
            Copy the key “{created.name}” now{created.ownerEmail !== ownEmail ? ` (for ${created.ownerEmail})` : ""}: it
            is shown only once. Store it in your secret manager.
          </p>
          <div className="flex flex-wrap items-center gap-2">
            <code
              data-testid="new-api-key"
              className="min-w-0 rounded bg-white px-2 py-1 font-mono text-sm break-all text-slate-900 ring-1 ring-emerald-200 dark:bg-slate-900 dark:text-slate-100 dark:ring-emerald-800"
            >
              {created.secret}
            </code>
            <button
              type="button"
              className="rounded-lg px-3 py-1.5 text-sm font-semibold text-emerald-900 ring-1 ring-emerald-300 hover:bg-emerald-100 focus-visible:outline-2 focus-visible:outline-brand-600 dark:text-emerald-100 dark:ring-emerald-700 dark:hover:bg-emerald-900"
              onClick={() => void navigator.clipboard?.writeText(created.secret).then(() => setCopied(true))}
            >
              {copied ? "Copied" : "Copy key"}
            </button>
          </div>
        </div>
      ) : null}

      <ActionForm
        action={createAction}
        submitLabel="Create key"
        pendingLabel="Creating…"
        onSuccess={(data) => {
          setCopied(false);
          setCreated(data as Created);
        }}
      >
        <TextField
          name="name"
          label="Key name"
          maxLength={80}
          hint="What will use it, for example “CRM sync”."
          required
        />
        <fieldset className="space-y-2" aria-describedby="api-key-scopes-error">
          <legend className="text-sm font-medium text-slate-900 dark:text-slate-100">Scopes</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {scopes.map((scope) => (
              <CheckboxField key={scope.value} name={`scope:${scope.value}`} label={scope.value} hint={scope.label} />
            ))}
          </div>
          <ScopeErrors />
        </fieldset>
        <SelectField name="expiresInDays" label="Expires" options={EXPIRY} defaultValue="90" />
        {mayCreateForOthers ? (
          <TextField
            name="forEmail"
            label="For a service account (optional)"
            type="email"
            maxLength={254}
            hint="Leave empty for your own key. The key acts with that account's role, never more."
          />
        ) : null}
      </ActionForm>

      {keys.length ? (
        <ul className="divide-y divide-slate-200 rounded-xl ring-1 ring-slate-200 dark:divide-slate-800 dark:ring-slate-800">
          {keys.map((key) => (
            <li key={key.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
              <div className="min-w-0 space-y-1">
                <p className="font-medium text-slate-900 dark:text-slate-100">
                  {key.name} <code className="font-mono text-sm text-slate-600 dark:text-slate-400">{key.prefix}…</code>
                  {key.state !== "active" ? (
                    <span className="ml-2 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-700 dark:bg-slate-800 dark:text-slate-300">
                      {key.state === "revoked" ? "Revoked" : "Expired"}
                    </span>
                  ) : null}
                </p>
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  {key.scopes.join(", ")}
                  {key.ownerEmail !== ownEmail ? ` · for ${key.ownerEmail}` : ""}
                </p>
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  Created {key.createdAt} · {key.expiresAt ? `expires ${key.expiresAt}` : "never expires"} ·{" "}
                  {key.lastUsed ? `last used ${key.lastUsed}` : "never used"}
                </p>
              </div>
              {key.state === "active" ? (
                <ActionForm
                  action={revokeAction}
                  submitLabel="Revoke"
                  pendingLabel="Revoking…"
                  variant="secondary"
                  confirm={{
                    title: `Revoke “${key.name}”?`,
                    description: "Anything using this key is refused from now on. This can't be undone.",
                    confirmLabel: "Revoke key",
                  }}
                >
                  <input type="hidden" name="keyId" value={key.id} />
                </ActionForm>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">You have no API keys yet.</p>
      )}
    </div>
  );
}
