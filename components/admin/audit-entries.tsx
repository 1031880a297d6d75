// The audit log's rows: a table from 1024 px (its details column wraps instead of running off the edge), and
// one card per event below that, so nothing is clipped on a phone either.
import type { ReactNode } from "react";

export type AuditEntryView = {
  id: string;
  when: string;
  label: string;
  actorEmail: string | null;
  ip: string | null;
  subject: string | null;
  details: string[];
};

function Details({ details }: { details: string[] }) {
  if (details.length === 0) return <span className="text-slate-500 dark:text-slate-400">—</span>;
  return (
    <ul className="space-y-0.5">
      {details.map((line) => (
        <li key={line} className="break-words">
          {line}
        </li>
      ))}
    </ul>
  );
}

function Th({ children, className = "" }: { children: ReactNode; className?: string }) {
  return (
    <th scope="col" className={`px-4 py-3 font-semibold ${className}`}>
      {children}
    </th>
  );
}

export function AuditEntries({ entries }: { entries: AuditEntryView[] }) {
  if (entries.length === 0)
    return (
      <p className="rounded-2xl border border-slate-200 bg-white px-4 py-10 text-center text-sm text-slate-600 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-400">
        No events recorded yet.
      </p>
    );
  return (
    <>
      <div className="hidden rounded-2xl border border-slate-200 bg-white shadow-sm lg:block dark:border-slate-800 dark:bg-slate-900">
        <table className="w-full table-fixed divide-y divide-slate-200 text-left text-sm dark:divide-slate-800">
          <thead className="bg-slate-50 text-xs tracking-wide text-slate-600 uppercase dark:bg-slate-800/50 dark:text-slate-400">
            <tr>
              <Th className="w-40">When</Th>
              <Th className="w-40">Event</Th>
              <Th className="w-52">By</Th>
              <Th>Subject</Th>
              <Th className="w-32">IP</Th>
              <Th>Details</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {entries.map((entry) => (
              <tr key={entry.id} className="align-top" data-testid="audit-row">
                <td className="px-4 py-3 text-slate-600 dark:text-slate-400">{entry.when}</td>
                <td className="px-4 py-3 font-medium text-slate-900 dark:text-white">{entry.label}</td>
                <td className="px-4 py-3 break-words text-slate-700 dark:text-slate-300">{entry.actorEmail ?? "—"}</td>
                <td className="px-4 py-3 break-words text-slate-700 dark:text-slate-300">{entry.subject ?? "—"}</td>
                <td className="px-4 py-3 font-mono text-xs break-all text-slate-600 dark:text-slate-400">
                  {entry.ip ?? "—"}
                </td>
                <td className="px-4 py-3 text-xs text-slate-600 dark:text-slate-400">
                  <Details details={entry.details} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="space-y-3 lg:hidden">
        {entries.map((entry) => (
          <li
            key={entry.id}
            className="rounded-2xl border border-slate-200 bg-white p-4 text-sm shadow-sm dark:border-slate-800 dark:bg-slate-900"
          >
            <p className="font-semibold text-slate-900 dark:text-white">{entry.label}</p>
            <p className="text-xs text-slate-600 dark:text-slate-400">{entry.when}</p>
            <dl className="mt-2 grid grid-cols-[5rem_1fr] gap-x-3 gap-y-1 text-slate-700 dark:text-slate-300">
              <dt className="text-slate-600 dark:text-slate-400">By</dt>
              <dd className="min-w-0 break-words">
                {entry.actorEmail ?? "—"}
                {entry.ip && (
                  <span className="block font-mono text-xs text-slate-600 dark:text-slate-400">{entry.ip}</span>
                )}
              </dd>
              <dt className="text-slate-600 dark:text-slate-400">Subject</dt>
              <dd className="min-w-0 break-words">{entry.subject ?? "—"}</dd>
              <dt className="text-slate-600 dark:text-slate-400">Details</dt>
              <dd className="min-w-0 text-xs">
                <Details details={entry.details} />
              </dd>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
