import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { CreateEndpointForm } from "@/components/webhooks/create-endpoint-form";
import { Badge } from "@/components/ui/badge";
import { Container } from "@/components/ui/container";
import { requireUserOrRedirect } from "@/lib/auth/session";
import { createWebhookEndpointAction } from "@/lib/webhooks/actions";
import { COURSE_EVENT_TYPES, WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";
import { listWebhookEndpoints } from "@/lib/webhooks/queries";
import { WEBHOOK_MANAGERS } from "@/lib/webhooks/roles";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  const user = await requireUserOrRedirect("/developers/webhooks");
  if (!WEBHOOK_MANAGERS.includes(user.role)) forbidden();
  const endpoints = await listWebhookEndpoints(user);
  const isAdmin = user.role === "ADMIN";
  return (
    <Container className="py-12">
      <div className="max-w-3xl space-y-10">
        <header className="space-y-3">
          <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">Webhooks</h1>
          <p className="text-slate-600 dark:text-slate-300">
            {isAdmin
              ? "Send the platform's events to your systems as they happen."
              : "Send the events of the courses you teach to your systems as they happen."}{" "}
            Each delivery is a JSON POST signed as the{" "}
            <a
              className="font-medium text-brand-700 underline dark:text-brand-300"
              href="https://www.standardwebhooks.com/"
            >
              Standard Webhooks
            </a>{" "}
            specification says (headers <code className="font-mono text-sm">webhook-id</code>,{" "}
            <code className="font-mono text-sm">webhook-timestamp</code>,{" "}
            <code className="font-mono text-sm">webhook-signature</code>), retried with growing pauses for up to 3 days
            until your endpoint answers 2xx. See also the{" "}
            <Link className="font-medium text-brand-700 underline dark:text-brand-300" href="/developers/api">
              API reference
            </Link>
            .
          </p>
        </header>

        <section aria-labelledby="endpoints-heading" className="space-y-4">
          <h2 id="endpoints-heading" className="text-xl font-semibold text-slate-900 dark:text-white">
            Your endpoints
          </h2>
          {endpoints.length ? (
            <ul className="divide-y divide-slate-200 rounded-xl ring-1 ring-slate-200 dark:divide-slate-800 dark:ring-slate-800">
              {endpoints.map((endpoint) => (
                <li key={endpoint.id} className="space-y-1 px-4 py-3">
                  <p className="flex flex-wrap items-center gap-2">
                    <Link
                      href={`/developers/webhooks/${endpoint.id}`}
                      className="min-w-0 font-mono text-sm font-medium break-all text-brand-700 underline dark:text-brand-300"
                    >
                      {endpoint.url}
                    </Link>
                    <Badge tone={endpoint.enabled ? "green" : "amber"}>
                      {endpoint.enabled ? "Enabled" : "Disabled"}
                    </Badge>
                  </p>
                  <p className="text-sm text-slate-600 dark:text-slate-400">
                    {endpoint.description ? `${endpoint.description} · ` : ""}
                    {endpoint.eventTypes.join(", ")}
                    {isAdmin ? ` · ${endpoint.owner.email}` : ""}
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p className="rounded-xl border border-dashed border-slate-300 p-6 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
              No endpoints yet. Add one below.
            </p>
          )}
        </section>

        <section aria-labelledby="add-heading" className="space-y-4">
          <h2 id="add-heading" className="text-xl font-semibold text-slate-900 dark:text-white">
            Add an endpoint
          </h2>
          <CreateEndpointForm
            events={[...(isAdmin ? WEBHOOK_EVENT_TYPES : COURSE_EVENT_TYPES)]}
            action={createWebhookEndpointAction}
          />
        </section>
      </div>
    </Container>
  );
}
