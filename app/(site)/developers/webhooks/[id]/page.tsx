import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { RotateSecretForm } from "@/components/webhooks/rotate-secret-form";
import { Badge } from "@/components/ui/badge";
import { Container } from "@/components/ui/container";
import { ActionForm } from "@/components/ui/form/action-form";
import { requireUserOrRedirect } from "@/lib/auth/session";
import {
  deleteWebhookEndpointAction,
  resendWebhookAction,
  rotateWebhookSecretAction,
  sendTestWebhookAction,
  setWebhookEnabledAction,
} from "@/lib/webhooks/actions";
import { getWebhookEndpointDetail } from "@/lib/webhooks/queries";
import { WEBHOOK_MANAGERS } from "@/lib/webhooks/roles";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Webhook endpoint" };

const when = (date: Date) => `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;

const STATUS = {
  SUCCEEDED: { label: "Delivered", tone: "green" },
  PENDING: { label: "Retrying", tone: "amber" },
  FAILED: { label: "Failed", tone: "neutral" },
} as const;

export default async function WebhookEndpointPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUserOrRedirect(`/developers/webhooks/${id}`);
  if (!WEBHOOK_MANAGERS.includes(user.role)) forbidden();
  const detail = await getWebhookEndpointDetail(user, id);
  if (!detail) notFound();
  const { endpoint, deliveries } = detail;
  return (
    <Container className="py-12">
      <div className="max-w-4xl space-y-10">
        <header className="space-y-2">
          <Link href="/developers/webhooks" className="text-sm text-brand-700 underline dark:text-brand-300">
            All endpoints
          </Link>
          <h1 className="font-mono text-xl font-bold break-all text-slate-900 dark:text-white">{endpoint.url}</h1>
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
            <Badge tone={endpoint.enabled ? "green" : "amber"}>{endpoint.enabled ? "Enabled" : "Disabled"}</Badge>
            {endpoint.description ? <span>{endpoint.description}</span> : null}
            <span>Events: {endpoint.eventTypes.join(", ")}</span>
          </p>
          {endpoint.disabledReason ? (
            <p className="text-sm text-amber-800 dark:text-amber-200">Disabled by us: {endpoint.disabledReason}</p>
          ) : null}
        </header>

        <section aria-labelledby="manage-heading" className="space-y-4">
          <h2 id="manage-heading" className="text-xl font-semibold text-slate-900 dark:text-white">
            Manage
          </h2>
          <div className="flex flex-wrap gap-3">
            <ActionForm
              action={sendTestWebhookAction}
              submitLabel="Send a test event"
              pendingLabel="Sending…"
              successMessage="A test event is on its way; it appears in the log below."
            >
              <input type="hidden" name="endpointId" value={endpoint.id} />
            </ActionForm>
            <ActionForm
              action={setWebhookEnabledAction}
              submitLabel={endpoint.enabled ? "Disable" : "Enable"}
              pendingLabel="Saving…"
              variant="secondary"
            >
              <input type="hidden" name="endpointId" value={endpoint.id} />
              <input type="hidden" name="enabled" value={endpoint.enabled ? "false" : "true"} />
            </ActionForm>
            <ActionForm
              action={deleteWebhookEndpointAction}
              submitLabel="Delete endpoint"
              pendingLabel="Deleting…"
              variant="danger"
              redirectTo="/developers/webhooks"
              confirm={{
                title: "Delete this endpoint?",
                description: "Nothing more is sent to it and its delivery log is deleted. This can't be undone.",
                confirmLabel: "Delete endpoint",
              }}
            >
              <input type="hidden" name="endpointId" value={endpoint.id} />
            </ActionForm>
          </div>
          <RotateSecretForm endpointId={endpoint.id} action={rotateWebhookSecretAction} />
        </section>

        <section aria-labelledby="log-heading" className="space-y-4">
          <h2 id="log-heading" className="text-xl font-semibold text-slate-900 dark:text-white">
            Delivery log
          </h2>
          {deliveries.length === 0 ? (
            <p className="rounded-xl border border-dashed border-slate-300 p-6 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
              Nothing sent yet. Send a test event, or wait for the next event you subscribed to.
            </p>
          ) : (
            <ul className="space-y-3" data-testid="delivery-log">
              {deliveries.map((delivery) => {
                const last = delivery.log[0];
                const status = STATUS[delivery.status];
                return (
                  <li
                    key={delivery.id}
                    className="space-y-2 rounded-xl p-4 ring-1 ring-slate-200 dark:ring-slate-800"
                    data-testid="delivery"
                  >
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <p className="flex flex-wrap items-center gap-2">
                        <span className="font-mono text-sm font-semibold text-slate-900 dark:text-slate-100">
                          {delivery.eventType}
                        </span>
                        <Badge tone={status.tone}>{status.label}</Badge>
                        <span className="text-sm text-slate-600 dark:text-slate-400">{when(delivery.createdAt)}</span>
                      </p>
                      <ActionForm
                        action={resendWebhookAction}
                        submitLabel="Resend"
                        pendingLabel="Resending…"
                        variant="secondary"
                      >
                        <input type="hidden" name="deliveryId" value={delivery.id} />
                      </ActionForm>
                    </div>
                    <p className="text-sm text-slate-600 dark:text-slate-400">
                      <span className="font-mono">{delivery.eventId}</span> · attempt {delivery.attempts}
                      {last
                        ? ` · ${last.statusCode !== null ? `HTTP ${last.statusCode}` : (last.error ?? "no answer")} in ${last.durationMs} ms`
                        : ""}
                      {delivery.status === "PENDING" && delivery.attempts > 0
                        ? ` · next try ${when(delivery.nextAttemptAt)}`
                        : ""}
                    </p>
                    {last?.responseBody ? (
                      <pre
                        tabIndex={0}
                        aria-label="Response body"
                        className="max-h-32 overflow-auto rounded-lg bg-slate-50 p-2 font-mono text-xs whitespace-pre-wrap text-slate-800 dark:bg-slate-900 dark:text-slate-200"
                      >
                        {last.responseBody}
                      </pre>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      </div>
    </Container>
  );
}
