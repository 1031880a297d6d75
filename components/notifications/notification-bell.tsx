"use client";
// The header's bell with the unread count. Polling, not server-sent events: the header is on every cached page,
// a count that is a minute late costs nothing, and one small GET a minute (paused while the tab is hidden)
// needs no long-lived connection per open tab through the page cache and proxies. It asks only when the
// signed-in hint says there is a session, so anonymous visitors make no request.
import Link from "next/link";
import { usePersonalData } from "@/components/data/personal-data";
import type { ActionResult } from "@/lib/actions/result";

const POLL_MS = 60_000;

export function NotificationBell() {
  const { data } = usePersonalData<ActionResult<{ unread: number }>>("/api/notifications/unread", {
    refreshInterval: POLL_MS,
    refreshWhenHidden: false,
    revalidateOnFocus: true,
    shouldRetryOnError: false,
  });
  if (!data?.ok) return null;
  const unread = data.data.unread;
  return (
    <Link
      href="/notifications"
      aria-label={unread ? `Notifications, ${unread} unread` : "Notifications"}
      data-testid="notification-bell"
      className="relative rounded-md p-2 text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5 fill-current">
        <path d="M10 2a5 5 0 0 0-5 5v2.6l-1.4 2.8A1 1 0 0 0 4.5 14h11a1 1 0 0 0 .9-1.6L15 9.6V7a5 5 0 0 0-5-5Zm-2 13a2 2 0 0 0 4 0H8Z" />
      </svg>
      {unread > 0 && (
        <span className="absolute -top-0.5 -right-0.5 min-w-5 rounded-full bg-rose-600 px-1 text-center text-[11px] leading-5 font-bold text-white">
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
