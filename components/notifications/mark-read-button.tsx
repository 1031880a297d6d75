"use client";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { markNotificationsReadAction } from "@/lib/notifications/actions";

export function MarkReadButton() {
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() =>
        start(async () => {
          await markNotificationsReadAction(null, new FormData());
          router.refresh();
        })
      }
      className="rounded-lg px-3 py-1.5 text-sm font-semibold text-brand-700 ring-1 ring-slate-300 ring-inset hover:bg-slate-50 disabled:opacity-60 dark:text-brand-300 dark:ring-slate-700 dark:hover:bg-slate-800"
    >
      Mark all as read
    </button>
  );
}
