"use client";

import { ActionForm } from "@/components/ui/form/action-form";
import { SelectField } from "@/components/ui/form/fields";
import { TextField } from "@/components/ui/form/form-controls";
import { createCouponAction, setCouponActiveAction } from "@/lib/payments/actions";

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
        <SelectField name="kind" label="Discount" options={{ percent: "Percentage off", amount: "Amount off" }} />
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
          options={{ "": "Every paid course", ...Object.fromEntries(courses.map((c) => [c.id, c.title])) }}
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
