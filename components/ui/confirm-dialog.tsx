"use client";
// The one question before anything that cannot be taken back (cancel a booking, remove someone, hide, refund,
// delete): a modal dialog that names the consequence, keeps the focus inside, and starts on the safe choice.
import { useState, type ReactNode } from "react";
import * as Dialog from "@radix-ui/react-dialog";
import { clsx } from "clsx";
import { BUTTON_BASE, BUTTON_STYLES } from "@/components/ui/button-link";

export const DANGER_STYLES =
  "bg-rose-700 text-white shadow-sm hover:bg-rose-800 dark:bg-rose-400 dark:text-slate-950 dark:hover:bg-rose-300";

type Props = {
  /** What the trigger button says (and, for screen readers, what it acts on). */
  trigger: ReactNode;
  triggerClassName?: string;
  triggerDisabled?: boolean;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  /** The safe way out, focused first. */
  cancelLabel?: string;
  onConfirm: () => void;
  confirmDisabled?: boolean;
  /** Controlled use (a dialog that stays open while its own request runs). */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** Shown under the description: details to fill in, or an error. */
  children?: ReactNode;
};

export function ConfirmDialog({
  trigger,
  triggerClassName,
  triggerDisabled,
  title,
  description,
  confirmLabel,
  cancelLabel = "Go back",
  onConfirm,
  confirmDisabled,
  open: controlledOpen,
  onOpenChange,
  children,
}: Props) {
  const [ownOpen, setOwnOpen] = useState(false);
  const open = controlledOpen ?? ownOpen;
  const setOpen = (next: boolean) => {
    setOwnOpen(next);
    onOpenChange?.(next);
  };
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger
        type="button"
        disabled={triggerDisabled}
        className={triggerClassName ?? clsx(BUTTON_BASE, DANGER_STYLES)}
      >
        {trigger}
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-950/60" />
        <Dialog.Content
          role="alertdialog"
          className="fixed top-1/2 left-1/2 z-50 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-2xl bg-white p-6 shadow-xl ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-700"
        >
          <Dialog.Title className="text-lg font-semibold text-slate-900 dark:text-white">{title}</Dialog.Title>
          <Dialog.Description className="mt-2 text-sm text-slate-700 dark:text-slate-300">
            {description}
          </Dialog.Description>
          {children ? <div className="mt-3">{children}</div> : null}
          <div className="mt-6 flex flex-wrap justify-end gap-2">
            <Dialog.Close className={clsx(BUTTON_BASE, BUTTON_STYLES.secondary)}>{cancelLabel}</Dialog.Close>
            <button
              type="button"
              disabled={confirmDisabled}
              className={clsx(BUTTON_BASE, DANGER_STYLES)}
              onClick={() => {
                setOpen(false);
                onConfirm();
              }}
            >
              {confirmLabel}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
