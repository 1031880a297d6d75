import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { DeadMessages } from "@/components/ops/outbox-panel";
import { PurgeForm } from "@/components/ops/purge-form";
import { Container } from "@/components/ui/container";
import { getUserWithRoleOrRedirect } from "@/lib/auth/session";
import { formatUptime, instanceStatus } from "@/lib/ops/status";

export const metadata: Metadata = { title: "Status · Admin" };

const CHECK_LABELS: Record<string, string> = {
  accepting: "Accepting requests",
  database: "Database reachable",
  jobs: "Job runner started",
};

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-1 py-3 sm:flex-row sm:gap-6">
      <dt className="text-sm font-medium text-slate-600 sm:w-56 dark:text-slate-400">{label}</dt>
      <dd className="text-sm text-slate-900 dark:text-slate-100">{children}</dd>
    </div>
  );
}

export default async function AdminStatusPage() {
  const { user, allowed } = await getUserWithRoleOrRedirect("/admin/status", "ADMIN");
  if (!allowed) forbidden();
  const status = await instanceStatus();
  const format = new Intl.DateTimeFormat("en-GB", {
    dateStyle: "medium",
    timeStyle: "medium",
    timeZone: user.timeZone,
  });
  const heading = "mt-10 mb-2 text-lg font-semibold text-slate-900 dark:text-white";

  return (
    <Container className="py-10 sm:py-14">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">Admin</h1>
      <p className="mt-2 mb-6 text-sm text-slate-600 dark:text-slate-400">
        This instance as it answers now. Each instance behind a load balancer reports its own.
      </p>
      <AdminNav current="/admin/status" />

      <dl className="divide-y divide-slate-200 dark:divide-slate-800">
        <Row label="Version">{status.version}</Row>
        <Row label="Up for">{formatUptime(status.uptimeSeconds)}</Row>
        <Row label="Database">{status.database}</Row>
        <Row label="Migrations">
          {status.pendingMigrations === null
            ? "Unknown (the database did not answer)"
            : status.pendingMigrations.length === 0
              ? "All applied"
              : `${status.pendingMigrations.length} pending: ${status.pendingMigrations.join(", ")}`}
        </Row>
        {/* Migrations have their own row above, with the pending names. */}
        {Object.entries(status.checks)
          .filter(([name]) => name !== "migrations")
          .map(([name, value]) => (
            <Row key={name} label={CHECK_LABELS[name] ?? name}>
              {value === true ? "Yes" : value === false ? "No" : value}
            </Row>
          ))}
        <Row label="Job queues">
          {status.queueDepths === null
            ? "No job runner in this instance"
            : Object.entries(status.queueDepths)
                .map(([queue, depth]) => `${queue}: ${depth}`)
                .join(", ") || "All empty"}
        </Row>
        <Row label="Exercise sandbox">
          <span className="block">{status.exerciseSandbox.isolation}</span>
          <span className="block text-slate-600 dark:text-slate-400">
            {status.exerciseSandbox.running} of {status.exerciseSandbox.size} checks running,{" "}
            {status.exerciseSandbox.waiting} waiting
          </span>
        </Row>
      </dl>

      <h2 className={heading}>Recent errors</h2>
      {status.recentErrors.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">None since this instance started.</p>
      ) : (
        <ul className="divide-y divide-slate-200 text-sm dark:divide-slate-800">
          {status.recentErrors.map((error) => (
            <li key={`${error.at}-${error.message}`} className="py-2 text-slate-900 dark:text-slate-100">
              <time dateTime={error.at} className="mr-3 text-slate-600 dark:text-slate-400">
                {format.format(new Date(error.at))}
              </time>
              {error.route ? <code className="mr-2">{error.route}</code> : null}
              {error.message}
            </li>
          ))}
        </ul>
      )}

      <h2 className={heading}>Outbox</h2>
      <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">
        Mails and other effects of a change wait here until delivered; a failure is retried with growing pauses, and
        after eight attempts the message stops here until someone retries it.
      </p>
      {status.outbox === null ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">Unknown (the database did not answer).</p>
      ) : (
        <>
          <p className="text-sm text-slate-900 dark:text-slate-100">
            {status.outbox.pending === 0
              ? "Nothing waiting."
              : `${status.outbox.pending} waiting, the oldest since ${format.format(status.outbox.oldestPendingAt ?? new Date())}.`}{" "}
            {status.outbox.dead === 0 ? "None failed for good." : `${status.outbox.dead} failed for good:`}
          </p>
          {status.outbox.deadMessages.length > 0 ? (
            <DeadMessages
              rows={status.outbox.deadMessages.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() }))}
              formatDate={Object.fromEntries(status.outbox.deadMessages.map((m) => [m.id, format.format(m.createdAt)]))}
            />
          ) : null}
        </>
      )}

      <h2 className={heading}>Cached pages</h2>
      <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">
        Pages kept by the page cache and by Next are dropped on every instance, for when content changed outside the
        studio.
      </p>
      <div className="max-w-md">
        <PurgeForm />
      </div>
    </Container>
  );
}
