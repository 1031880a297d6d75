import { ActionForm } from "@/components/ui/form/action-form";
import type { ActionResult } from "@/lib/actions/result";

type Session = { id: string; device: string; createdAt: string; lastSeenAt: string; current: boolean };

type Props = {
  sessions: Session[];
  endAction: (previous: unknown, formData: FormData) => Promise<ActionResult<unknown>>;
};

/** Where the person is signed in; each other session can be ended on its own. */
export function SessionList({ sessions, endAction }: Props) {
  return (
    <ul className="divide-y divide-slate-200 rounded-xl ring-1 ring-slate-200 dark:divide-slate-800 dark:ring-slate-800">
      {sessions.map((session) => (
        <li key={session.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div className="min-w-0">
            <p className="font-medium text-slate-900 dark:text-slate-100">
              {session.device}
              {session.current ? (
                <span className="ml-2 rounded-full bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800 dark:bg-brand-950 dark:text-brand-200">
                  This device
                </span>
              ) : null}
            </p>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              Signed in {session.createdAt} · last active {session.lastSeenAt}
            </p>
          </div>
          {session.current ? null : (
            <ActionForm
              action={endAction}
              submitLabel="End session"
              pendingLabel="Ending…"
              variant="secondary"
              successMessage="That session has ended."
            >
              <input type="hidden" name="sessionId" value={session.id} />
            </ActionForm>
          )}
        </li>
      ))}
    </ul>
  );
}
