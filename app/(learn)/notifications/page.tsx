import type { Metadata } from "next";
import Link from "next/link";
import { MarkReadButton } from "@/components/notifications/mark-read-button";
import { Container } from "@/components/ui/container";
import { requireUserOrRedirect } from "@/lib/auth/session";
import { listNotifications } from "@/lib/notifications/queries";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const user = await requireUserOrRedirect("/notifications");
  const items = await listNotifications(user.id);
  const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: user.timeZone });
  return (
    <Container className="max-w-3xl py-10 sm:py-14">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">Notifications</h1>
        {items.some((item) => !item.read) && <MarkReadButton />}
      </div>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        Answers, mentions and moderation in course questions, and reviews of your projects.{" "}
        <Link
          href="/profile#notifications"
          className="font-semibold text-brand-700 hover:underline dark:text-brand-300"
        >
          Email settings
        </Link>
      </p>
      {items.length === 0 ? (
        <p className="mt-8 rounded-2xl border border-dashed border-slate-300 p-10 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
          Nothing yet. When someone answers your question or mentions you, it shows here.
        </p>
      ) : (
        <ul
          className="mt-6 divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900"
          data-testid="notifications"
        >
          {items.map((item) => (
            <li key={item.id} className="flex items-start gap-3 p-4">
              <span
                aria-hidden="true"
                className={`mt-1.5 size-2 shrink-0 rounded-full ${item.read ? "bg-transparent" : "bg-brand-600 dark:bg-brand-400"}`}
              />
              <div className="min-w-0">
                <p
                  className={`text-sm ${item.read ? "text-slate-700 dark:text-slate-300" : "font-semibold text-slate-900 dark:text-white"}`}
                >
                  {item.href ? (
                    // A full load, so the lesson page opens the thread its address names (#question-…).
                    <a href={item.href} className="hover:text-brand-700 dark:hover:text-brand-300">
                      {item.sentence}
                    </a>
                  ) : (
                    item.sentence
                  )}
                  {!item.read && <span className="sr-only"> (unread)</span>}
                </p>
                <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">{when.format(item.createdAt)}</p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Container>
  );
}
