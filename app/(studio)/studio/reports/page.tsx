import type { Metadata } from "next";
import Link from "next/link";
import { HidePost } from "@/components/discussions/hide-post";
import { Container } from "@/components/ui/container";
import { runAction } from "@/lib/actions/run-action";
import { serverActionScope } from "@/lib/actions/server-action";
import { requireUserOrRedirect } from "@/lib/auth/session";
import { moderationQueueDefinition } from "@/lib/discussions/definitions";

export const metadata: Metadata = { title: "Reported posts", robots: { index: false } };

const day = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

/** The moderation queue: reported posts in the courses (and cohort boards) this person runs, oldest report first. */
export default async function ReportedPostsPage() {
  await requireUserOrRedirect("/studio/reports");
  const result = await runAction(moderationQueueDefinition, {}, serverActionScope());
  const queue = result.ok ? result.data : [];
  return (
    <Container className="py-10 sm:py-14">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">Reported posts</h1>
      <p className="mt-2 max-w-2xl text-sm text-slate-600 dark:text-slate-400">
        Posts that members reported in the courses and cohorts you run, oldest report first. Hiding a post tells its
        author why and is recorded in the audit log; a hidden post can be restored from its thread.
      </p>
      {queue.length === 0 ? (
        <p className="mt-8 rounded-2xl border border-dashed border-slate-300 p-10 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
          No reports are waiting.
        </p>
      ) : (
        <ol className="mt-8 space-y-4" data-testid="moderation-queue">
          {queue.map((item) => (
            <li
              key={item.postId}
              className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900"
            >
              <p className="text-xs break-words text-slate-600 dark:text-slate-400">
                {item.place} · {item.kind === "question" ? "Question" : "Answer"} by {item.author}
              </p>
              <h2 className="mt-1 font-semibold break-words text-slate-900 dark:text-white">
                <Link href={item.path} className="hover:text-brand-700 dark:hover:text-brand-300">
                  {item.thread}
                </Link>
              </h2>
              <p className="mt-2 rounded-lg bg-slate-50 p-3 text-sm break-words whitespace-pre-line text-slate-800 dark:bg-slate-800/60 dark:text-slate-200">
                {item.excerpt}
              </p>
              <ul className="mt-2 space-y-1 text-sm text-slate-700 dark:text-slate-300">
                {item.reports.map((report, index) => (
                  <li key={index} className="break-words">
                    <span className="font-medium">{report.reporter}</span> (
                    <time dateTime={report.createdAt.toISOString()}>{day.format(report.createdAt)} UTC</time>):{" "}
                    {report.reason}
                  </li>
                ))}
              </ul>
              <HidePost postId={item.postId} label={item.thread} />
            </li>
          ))}
        </ol>
      )}
    </Container>
  );
}
