import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Container } from "@/components/ui/container";
import { runAction } from "@/lib/actions/run-action";
import { serverActionScope } from "@/lib/actions/server-action";
import { requireUserOrRedirect } from "@/lib/auth/session";
import { clockTime } from "@/lib/booking/format";
import { sessionDay } from "@/lib/cohorts/format";
import { gradebookDefinition } from "@/lib/projects/definitions";
import { AT_RISK_IDLE_DAYS, projectCellText, type ProjectCell } from "@/lib/projects/gradebook";

export const metadata: Metadata = { title: "Gradebook", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

const CELL_TONE: Record<ProjectCell, "neutral" | "brand" | "green" | "amber"> = {
  "not-submitted": "neutral",
  missed: "amber",
  WAITING: "brand",
  PASSED: "green",
  CHANGES_REQUESTED: "amber",
};

export default async function GradebookPage({ params }: Props) {
  const { id } = await params;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) notFound();
  const user = await requireUserOrRedirect(`/cohorts/${id}/gradebook`);
  // The same definition the authorization matrix calls: the cohort's staff only, everyone else a 404.
  const result = await runAction(gradebookDefinition, { cohortId: id }, serverActionScope());
  if (!result.ok) notFound();
  const { cohort, projects, rows, sessionsHeld, totalLessons } = result.data;
  const zone = user.timeZone;
  const atRisk = rows.filter((row) => row.atRisk).length;

  return (
    <Container className="py-10">
      <Link
        href={`/cohorts/${cohort.id}/staff`}
        className="text-sm font-semibold text-brand-700 hover:underline dark:text-brand-300"
      >
        ← Run {cohort.title}
      </Link>
      <p className="mt-4 text-sm font-semibold text-brand-700 dark:text-brand-300">{cohort.course.title}</p>
      <div className="mt-1 flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">Gradebook</h1>
        <a
          href={`/cohorts/${cohort.id}/gradebook/export`}
          download
          className="font-semibold text-brand-700 underline dark:text-brand-300"
        >
          Download as CSV
        </a>
      </div>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        {rows.length} member{rows.length === 1 ? "" : "s"} · {atRisk} at risk (no activity for {AT_RISK_IDLE_DAYS} days,
        or a missed deadline) · {totalLessons} lessons · {sessionsHeld} sessions held
      </p>
      {rows.length === 0 ? (
        <p className="mt-8 text-slate-700 dark:text-slate-300">Nobody has joined this cohort yet.</p>
      ) : (
        <div className="mt-6 overflow-x-auto rounded-2xl border border-slate-200 dark:border-slate-800" tabIndex={0}>
          <table className="w-full min-w-[48rem] text-left text-sm">
            <caption className="sr-only">Each member&apos;s progress, attendance, projects and last activity</caption>
            <thead className="bg-slate-50 text-slate-700 dark:bg-slate-900 dark:text-slate-300">
              <tr>
                <th scope="col" className="px-4 py-2 font-semibold">
                  Member
                </th>
                <th scope="col" className="px-4 py-2 font-semibold">
                  Lessons
                </th>
                <th scope="col" className="px-4 py-2 font-semibold">
                  Attended
                </th>
                {projects.map((p) => (
                  <th key={p.id} scope="col" className="px-4 py-2 font-semibold">
                    {p.title}
                  </th>
                ))}
                <th scope="col" className="px-4 py-2 font-semibold">
                  Last activity
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 bg-white dark:divide-slate-800 dark:bg-slate-950">
              {rows.map((row) => (
                <tr key={row.id} data-testid="gradebook-row">
                  <th scope="row" className="px-4 py-2 font-medium text-slate-900 dark:text-white">
                    <span className="block">{row.name}</span>
                    <span className="block text-xs font-normal break-all text-slate-600 dark:text-slate-400">
                      {row.email}
                    </span>
                    {row.atRisk ? (
                      <span className="mt-1 block" title={row.reasons.join("; ")}>
                        <Badge tone="amber">At risk: {row.reasons.join("; ")}</Badge>
                      </span>
                    ) : null}
                  </th>
                  <td className="px-4 py-2 text-slate-800 dark:text-slate-200">{row.percent}%</td>
                  <td className="px-4 py-2 text-slate-800 dark:text-slate-200">
                    {row.attended} of {sessionsHeld}
                  </td>
                  {projects.map((p) => {
                    const cell = row.projects[p.id] ?? "not-submitted";
                    return (
                      <td key={p.id} className="px-4 py-2">
                        <Badge tone={CELL_TONE[cell]}>{projectCellText(cell)}</Badge>
                      </td>
                    );
                  })}
                  <td className="px-4 py-2 text-slate-700 dark:text-slate-300">
                    {row.lastActivity ? (
                      <time dateTime={row.lastActivity.toISOString()}>
                        {sessionDay(row.lastActivity, zone)}, {clockTime(row.lastActivity, zone, user.hour12)}
                      </time>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Container>
  );
}
