"use client";

import { useId } from "react";
import { clsx } from "clsx";
import { ActionForm } from "@/components/ui/form/action-form";
import { FieldError, TextField, useFieldErrors } from "@/components/ui/form/form-controls";
import { INPUT_ERROR_STYLES, INPUT_STYLES } from "@/components/ui/form/form-styles";
import { createCouponAction, setCouponActiveAction } from "@/lib/payments/actions";

function SelectField({ name, label, options }: { name: string; label: string; options: [string, string][] }) {
  const id = useId();
  const errors = useFieldErrors(name);
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900 dark:text-slate-100">
        {label}
      </label>
      <select
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
        className={clsx("mt-1.5", errors?.length ? INPUT_ERROR_STYLES : INPUT_STYLES)}
      >
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** A new coupon: code, percentage or amount off, optionally one course, a use limit and a last day. */
export function CouponForm({ courses }: { courses: { id: string; title: string }[] }) {
  return (
    <ActionForm
      action={createCouponAction}
      submitLabel="Create coupon"
      pendingLabel="Creating…"
      successMessage="Coupon created. Learners can enter it at checkout now."
      className="space-y-4"
    >
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <TextField
          name="code"
          label="Code"
          required
          maxLength={40}
          autoCapitalize="characters"
          hint="Letters, digits, - and _; learners type it in any case."
        />
        <SelectField
          name="kind"
          label="Discount"
          options={[
            ["percent", "Percentage off"],
            ["amount", "Amount off"],
          ]}
        />
        <TextField
          name="value"
          label="Percentage or amount"
          required
          inputMode="decimal"
          hint="25 means 25% or 25.00."
        />
        <SelectField
          name="courseId"
          label="Course"
          options={[["", "Every paid course"], ...courses.map((c): [string, string] => [c.id, c.title])]}
        />
        <TextField name="maxRedemptions" label="Uses allowed" inputMode="numeric" hint="Empty: no limit." />
        <TextField name="expiresOn" label="Last day (UTC)" type="date" hint="Empty: never expires." />
      </div>
    </ActionForm>
  );
}

/** Switches a coupon off (it stops working at once) or back on. */
export function CouponActiveToggle({ couponId, code, active }: { couponId: string; code: string; active: boolean }) {
  return (
    <ActionForm
      action={setCouponActiveAction}
      submitLabel={active ? `Switch off ${code}` : `Switch on ${code}`}
      pendingLabel="Saving…"
      variant="secondary"
      className="space-y-2"
    >
      <input type="hidden" name="couponId" value={couponId} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
    </ActionForm>
  );
}
