"use client";
// Hide a review (or show it again), on the admin reviews page and under each review on the course page: a
// confirmation that asks for the reason, which goes to the audit log; a hidden review stays listed for admins.
import { useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { clsx } from "clsx";
import { BUTTON_BASE, BUTTON_STYLES } from "@/components/ui/button-link";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { INPUT_STYLES } from "@/components/ui/form/form-styles";
import type { ActionResult } from "@/lib/actions/result";

type Action = (previous: unknown, form: FormData) => Promise<ActionResult<{ hidden: boolean }>>;

type Props = { reviewId: string; hidden: boolean; label: string; action: Action };

export function HideReview({ reviewId, hidden, label, action }: Props) {
  const router = useRouter();
  const reasonId = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  // The course page's copy is cached: the answer, not the page, says what the review is now.
  const [isHidden, setIsHidden] = useState(hidden);
  const hide = !isHidden;
  const Label = label.charAt(0).toUpperCase() + label.slice(1);

  const confirm = () => {
    const form = new FormData();
    form.set("reviewId", reviewId);
    form.set("hidden", hide ? "true" : "false");
    form.set("reason", reason);
    startTransition(async () => {
      const result = await action(null, form);
      if (!result.ok) return setMessage({ ok: false, text: result.error });
      setReason("");
      setIsHidden(result.data.hidden);
      setMessage({ ok: true, text: hide ? "Hidden from the course page." : "Shown on the course page again." });
      router.refresh();
    });
  };

  return (
    <div>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        trigger={
          <>
            {hide ? "Hide this review" : "Show this review again"}
            <span className="sr-only"> ({label})</span>
          </>
        }
        triggerDisabled={pending}
        triggerClassName={clsx(BUTTON_BASE, BUTTON_STYLES.secondary, "px-3 py-1.5")}
        title={hide ? "Hide this review?" : "Show this review again?"}
        description={
          hide
            ? `${Label} will no longer show on the course page nor count in its rating. Admins can show it again from Admin → Reviews.`
            : `${Label} will show on the course page and count in its rating again.`
        }
        confirmLabel={hide ? "Hide review" : "Show review"}
        confirmDisabled={hide && reason.trim().length === 0}
        onConfirm={confirm}
      >
        <label htmlFor={reasonId} className="block text-sm font-medium text-slate-900 dark:text-slate-100">
          Reason {hide ? "" : "(optional)"}
        </label>
        <textarea
          id={reasonId}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          maxLength={300}
          rows={3}
          required={hide}
          className={clsx(INPUT_STYLES, "mt-1.5")}
          placeholder={hide ? "For example: personal details of another learner" : ""}
        />
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">Recorded in the audit log.</p>
      </ConfirmDialog>
      {message && (
        <p
          role={message.ok ? "status" : "alert"}
          className={clsx(
            "mt-1 text-xs",
            message.ok ? "text-emerald-700 dark:text-emerald-400" : "text-rose-700 dark:text-rose-400",
          )}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
