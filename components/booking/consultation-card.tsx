import { ActionForm } from "@/components/ui/form/action-form";
import { Badge } from "@/components/ui/badge";
import { INPUT_STYLES } from "@/components/ui/form/form-styles";
import { TextField } from "@/components/ui/form/form-controls";
import type { ActionResult } from "@/lib/actions/result";
import { PlanBuilder } from "./plan-builder";

type Action = (previous: unknown, formData: FormData) => Promise<ActionResult<unknown>>;
export type ConsultationView = {
  id: string;
  when: string;
  status: string;
  topicLabel: string;
  name: string;
  email: string;
  currentRole: string;
  goal: string;
  advisorNotes: string;
  cancelReason: string;
  isPast: boolean;
  plan: { sentAt: string | null; note: string; courses: Array<{ id: string; title: string }> } | null;
};
export type ConsultationActions = { notes: Action; outcome: Action; cancel: Action; plan: Action };

const TONE = { CONFIRMED: "brand", COMPLETED: "green", NO_SHOW: "amber", CANCELLED: "neutral" } as const;

export function ConsultationCard({
  c,
  actions,
  courses,
}: {
  c: ConsultationView;
  actions: ConsultationActions;
  courses: Array<{ id: string; title: string }>;
}) {
  return (
    <article
      aria-label={`Consultation with ${c.name}`}
      className="space-y-4 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold text-slate-900 dark:text-white">
          {c.name} · {c.topicLabel}
        </h3>
        <span className="flex items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
          {c.when}{" "}
          <Badge tone={TONE[c.status as keyof typeof TONE] ?? "neutral"}>
            {c.status.toLowerCase().replace("_", "-")}
          </Badge>
        </span>
      </header>
      <dl className="grid gap-1 text-sm text-slate-700 dark:text-slate-300">
        <div>
          <dt className="inline font-medium">Email: </dt>
          <dd className="inline">{c.email}</dd>
        </div>
        <div>
          <dt className="inline font-medium">Current role: </dt>
          <dd className="inline">{c.currentRole || "not given"}</dd>
        </div>
        <div>
          <dt className="inline font-medium">Goal: </dt>
          <dd className="inline">{c.goal}</dd>
        </div>
        {c.cancelReason ? (
          <div>
            <dt className="inline font-medium">Cancel message: </dt>
            <dd className="inline">{c.cancelReason}</dd>
          </div>
        ) : null}
      </dl>
      <details className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
        <summary className="cursor-pointer text-sm font-semibold text-slate-900 dark:text-white">Private notes</summary>
        <ActionForm
          action={actions.notes}
          submitLabel="Save notes"
          variant="secondary"
          successMessage="Notes saved."
          className="mt-3 space-y-3"
        >
          <input type="hidden" name="bookingId" value={c.id} />
          <label htmlFor={`notes-${c.id}`} className="sr-only">
            Private notes about {c.name}
          </label>
          <textarea
            id={`notes-${c.id}`}
            name="advisorNotes"
            rows={3}
            maxLength={5000}
            defaultValue={c.advisorNotes}
            className={INPUT_STYLES}
          />
        </ActionForm>
      </details>
      {c.status === "CONFIRMED" && c.isPast ? (
        <div className="flex flex-wrap gap-3">
          {(["COMPLETED", "NO_SHOW"] as const).map((outcome) => (
            <ActionForm
              key={outcome}
              action={actions.outcome}
              submitLabel={outcome === "COMPLETED" ? "Mark done" : "Mark no-show"}
              variant="secondary"
              className="flex"
            >
              <input type="hidden" name="bookingId" value={c.id} />
              <input type="hidden" name="outcome" value={outcome} />
            </ActionForm>
          ))}
        </div>
      ) : null}
      {c.status === "CONFIRMED" && !c.isPast ? (
        <details className="rounded-lg border border-rose-200 p-3 dark:border-rose-900">
          <summary className="cursor-pointer text-sm font-semibold text-slate-900 dark:text-white">
            Cancel this consultation
          </summary>
          <ActionForm
            action={actions.cancel}
            submitLabel="Cancel and tell the prospect"
            variant="danger"
            successMessage="Cancelled. The prospect has been emailed."
            confirm={{
              title: `Cancel the consultation with ${c.name}?`,
              description: `${c.when}. ${c.name} is emailed your message and the time is freed; this cannot be undone.`,
              confirmLabel: "Cancel and tell the prospect",
            }}
            className="mt-3 space-y-3"
          >
            <input type="hidden" name="bookingId" value={c.id} />
            <TextField name="message" label={`Message to ${c.name}`} maxLength={1000} />
          </ActionForm>
        </details>
      ) : null}
      {c.status !== "CANCELLED" && c.status !== "NO_SHOW" ? (
        <details className="rounded-lg border border-slate-200 p-3 dark:border-slate-800" open={Boolean(c.plan)}>
          <summary className="cursor-pointer text-sm font-semibold text-slate-900 dark:text-white">
            Learning plan{c.plan?.sentAt ? " (sent)" : ""}
          </summary>
          <div className="mt-3">
            <PlanBuilder
              bookingId={c.id}
              courses={courses}
              initial={c.plan?.courses ?? []}
              initialNote={c.plan?.note ?? ""}
              action={actions.plan}
            />
          </div>
        </details>
      ) : null}
    </article>
  );
}
