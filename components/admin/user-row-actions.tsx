"use client";

import { clsx } from "clsx";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { INPUT_STYLES } from "@/components/ui/form/form-styles";
import { useKeptActionState } from "@/components/ui/form/use-kept-action-state";
import type { ActionResult } from "@/lib/actions/result";
import { ROLES, ROLE_LABELS, type UserRole } from "@/lib/auth/roles";

type Result = ActionResult<unknown> | null;
type Action = (previous: unknown, formData: FormData) => Promise<Exclude<Result, null>>;

const SMALL_BUTTON =
  "rounded-lg px-3 py-1.5 text-sm font-semibold ring-1 ring-inset ring-slate-300 hover:bg-slate-50 disabled:opacity-60 dark:ring-slate-700 dark:hover:bg-slate-800";

function Feedback({ state }: { state: Result }) {
  if (!state) return null;
  return (
    <p
      role={state.ok ? "status" : "alert"}
      className={clsx(
        "mt-1 text-xs",
        state.ok ? "text-emerald-700 dark:text-emerald-400" : "text-rose-700 dark:text-rose-400",
      )}
    >
      {state.ok ? "Saved." : state.error}
    </p>
  );
}

export function RoleForm({
  userId,
  role,
  email,
  action,
  disabled,
}: {
  userId: string;
  role: UserRole;
  email: string;
  action: Action;
  disabled?: boolean;
}) {
  // A refused change keeps the role that was chosen (beside the reason), as every form does.
  const { result: state, pending, formProps } = useKeptActionState(action, { resetOnSuccess: false });
  return (
    <form {...formProps}>
      <input type="hidden" name="userId" value={userId} />
      <div className="flex items-center gap-2">
        <label className="sr-only" htmlFor={`role-${userId}`}>
          Role for {email}
        </label>
        <select
          id={`role-${userId}`}
          name="role"
          defaultValue={role}
          disabled={disabled}
          className={clsx(INPUT_STYLES, "w-36 py-1.5")}
        >
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {ROLE_LABELS[value]}
            </option>
          ))}
        </select>
        <button type="submit" disabled={pending || disabled} className={SMALL_BUTTON}>
          {pending ? "Saving…" : "Change"}
          <span className="sr-only"> role for {email}</span>
        </button>
      </div>
      <Feedback state={state} />
    </form>
  );
}

export function DisableForm({
  userId,
  email,
  isDisabled,
  action,
  disabled,
}: {
  userId: string;
  email: string;
  isDisabled: boolean;
  action: Action;
  disabled?: boolean;
}) {
  const { result: state, pending, formProps } = useKeptActionState(action);
  const label = (
    <>
      {pending ? "Saving…" : isDisabled ? "Enable" : "Disable"}
      <span className="sr-only"> {email}</span>
    </>
  );
  return (
    <form {...formProps}>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={isDisabled ? "false" : "true"} />
      {isDisabled ? (
        <button type="submit" disabled={pending || disabled} className={SMALL_BUTTON}>
          {label}
        </button>
      ) : (
        <ConfirmDialog
          trigger={label}
          triggerDisabled={pending || disabled}
          triggerClassName={clsx(SMALL_BUTTON, "text-rose-700 dark:text-rose-400")}
          title={`Disable ${email}?`}
          description="They are signed out everywhere at once and cannot sign in until an admin enables the account again. Nothing of theirs is deleted."
          confirmLabel="Disable account"
          onConfirm={() => formProps.ref.current?.requestSubmit()}
        />
      )}
      <Feedback state={state} />
    </form>
  );
}
