import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BoardThreadForm } from "@/components/discussions/board-thread-form";
import { Badge } from "@/components/ui/badge";
import { Container } from "@/components/ui/container";
import { runAction } from "@/lib/actions/run-action";
import { serverActionScope } from "@/lib/actions/server-action";
import { requireUserOrRedirect } from "@/lib/auth/session";
import { clockTime } from "@/lib/booking/format";
import { sessionDay } from "@/lib/cohorts/format";
import { cohortBoardDefinition } from "@/lib/discussions/definitions";
import type { ThreadSummary } from "@/lib/discussions/queries";

export const metadata: Metadata = { title: "Cohort board", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

const CARD = "rounded-2xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900";

export default async function CohortBoardPage({ params }: Props) {
  const { id } = await params;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) notFound();
  const user = await requireUserOrRedirect(`/cohorts/${id}/board`);
  // The definition the authorization matrix calls: the cohort's members and staff; anyone else a 404.
  const result = await runAction(cohortBoardDefinition, { cohortId: id }, serverActionScope());
  if (!result.ok) notFound();
  const { cohort, course, announcements, pinned, threads, viewer } = result.data;
  const zone = user.timeZone;
  const when = (iso: string) => `${sessionDay(new Date(iso), zone)}, ${clockTime(new Date(iso), zone, user.hour12)}`;

  return (
    <Container className="py-10">
      <Link
        href={`/cohorts/${cohort.id}`}
        className="text-sm font-semibold text-brand-700 hover:underline dark:text-brand-300"
      >
        ← {cohort.title}
      </Link>
      <p className="mt-4 text-sm font-semibold text-brand-700 dark:text-brand-300">{course.title}</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight text-slate-900 dark:text-white">Cohort board</h1>
      <p className="mt-2 max-w-2xl text-slate-600 dark:text-slate-400">
        Only this cohort&apos;s members and staff read and write here. Questions about a lesson are best asked under
        that lesson.
      </p>

      <section aria-labelledby="pinned" className="mt-8">
        <h2 id="pinned" className="text-xl font-bold text-slate-900 dark:text-white">
          Pinned
        </h2>
        {announcements.length + pinned.length === 0 ? (
          <p className="mt-2 text-slate-700 dark:text-slate-300">Nothing is pinned yet.</p>
        ) : (
          <ul className="mt-4 space-y-3">
            {announcements.map((a) => (
              <li key={a.id} className={CARD} data-testid="board-announcement">
                <div className="flex flex-wrap items-center gap-2">
                  <Badge tone="brand">Announcement</Badge>
                  <h3 className="min-w-0 font-semibold break-words text-slate-900 dark:text-white">{a.title}</h3>
                </div>
                <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                  {a.author} · <time dateTime={a.createdAt}>{when(a.createdAt)}</time>
                </p>
                <p className="mt-2 break-words whitespace-pre-line text-slate-800 dark:text-slate-200">{a.body}</p>
              </li>
            ))}
            {pinned.map((thread) => (
              <ThreadRow key={thread.id} cohortId={cohort.id} thread={thread} pinned when={when} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="threads" className="mt-10">
        <h2 id="threads" className="text-xl font-bold text-slate-900 dark:text-white">
          Threads
        </h2>
        {threads.length === 0 ? (
          <p className="mt-2 text-slate-700 dark:text-slate-300">No threads yet: start the first one below.</p>
        ) : (
          <ul className="mt-4 space-y-3">
            {threads.map((thread) => (
              <ThreadRow key={thread.id} cohortId={cohort.id} thread={thread} pinned={false} when={when} />
            ))}
          </ul>
        )}
      </section>

      {viewer.canPost ? (
        <section aria-labelledby="start-thread" className="mt-10 max-w-3xl">
          <h2 id="start-thread" className="text-xl font-bold text-slate-900 dark:text-white">
            Start a thread
          </h2>
          <div className="mt-4">
            <BoardThreadForm cohortId={cohort.id} />
          </div>
        </section>
      ) : null}
    </Container>
  );
}

function ThreadRow({
  cohortId,
  thread,
  pinned,
  when,
}: {
  cohortId: string;
  thread: ThreadSummary;
  pinned: boolean;
  when: (iso: string) => string;
}) {
  return (
    <li className={CARD} data-testid="board-thread">
      <div className="flex flex-wrap items-center gap-2">
        {pinned ? <Badge tone="brand">Pinned</Badge> : null}
        {thread.state === "hidden" ? <Badge tone="amber">Hidden</Badge> : null}
        <h3 className="min-w-0 font-semibold break-words text-slate-900 dark:text-white">
          <Link href={`/cohorts/${cohortId}/board/${thread.id}`} className="hover:underline">
            {thread.title}
          </Link>
        </h3>
      </div>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
        {thread.author ? <span>{thread.author}</span> : null}
        {thread.authorIsStaff ? <Badge tone="brand">Staff</Badge> : null}
        <time dateTime={thread.createdAt}>{when(thread.createdAt)}</time>
        <span>
          · {thread.answerCount} repl{thread.answerCount === 1 ? "y" : "ies"}
        </span>
      </p>
    </li>
  );
}
