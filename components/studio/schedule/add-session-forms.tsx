"use client";
// The schedule editor's two ways to add: one session, or a weekly series. Times are typed in the cohort's zone
// (named in every label); the series' end is a number of sessions or a last date.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { CheckboxField } from "@/components/ui/form/fields";
import { ActionForm } from "@/components/ui/form/action-form";
import { FieldError, TextAreaField, TextField, useFieldErrors } from "@/components/ui/form/form-controls";
import { addSeriesAction, addSessionAction } from "@/lib/cohorts/actions";

const DAYS = [
  ["MON", "Monday"],
  ["TUE", "Tuesday"],
  ["WED", "Wednesday"],
  ["THU", "Thursday"],
  ["FRI", "Friday"],
  ["SAT", "Saturday"],
  ["SUN", "Sunday"],
] as const;

function CommonFields() {
  return (
    <>
      <TextField name="title" label="Title" maxLength={120} required />
      <TextAreaField name="agenda" label="Agenda" rows={2} maxLength={2000} />
      <TextField
        name="joinUrl"
        type="url"
        label="Video room link"
        hint="Members see it from 15 minutes before each session, through the cohort page."
      />
    </>
  );
}

export function AddSessionForm({ cohortId, zoneLabel }: { cohortId: string; zoneLabel: string }) {
  const router = useRouter();
  return (
    <ActionForm
      action={addSessionAction}
      submitLabel="Add the session"
      successMessage="Added. Members get a calendar invite within a minute."
      onSuccess={() => router.refresh()}
    >
      <input type="hidden" name="cohortId" value={cohortId} />
      <CommonFields />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="startsAt" type="datetime-local" label={`Starts (${zoneLabel})`} required />
        <TextField name="durationMinutes" inputMode="numeric" label="Length in minutes" defaultValue="90" required />
      </div>
    </ActionForm>
  );
}

function WeekdayBoxes() {
  const errors = useFieldErrors("weekdays");
  return (
    <fieldset aria-describedby={errors ? "weekdays-error" : undefined}>
      <legend className="text-sm font-medium text-slate-900 dark:text-slate-100">Weekdays</legend>
      <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
        {DAYS.map(([code, name]) => (
          <CheckboxField key={code} name={`day${code}`} label={name} />
        ))}
      </div>
      <FieldError id="weekdays-error" errors={errors} />
    </fieldset>
  );
}

export function AddSeriesForm({ cohortId, zoneLabel }: { cohortId: string; zoneLabel: string }) {
  const router = useRouter();
  const [endBy, setEndBy] = useState<"count" | "until">("count");
  return (
    <ActionForm
      action={addSeriesAction}
      submitLabel="Add the weekly sessions"
      successMessage="Added. Members get a calendar invite for each within a minute."
      onSuccess={() => router.refresh()}
    >
      <input type="hidden" name="cohortId" value={cohortId} />
      <CommonFields />
      <WeekdayBoxes />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          name="time"
          type="time"
          label={`Start time (${zoneLabel})`}
          hint="Stays the same local time across daylight saving changes."
          required
        />
        <TextField name="durationMinutes" inputMode="numeric" label="Length in minutes" defaultValue="90" required />
        <TextField name="from" type="date" label="First date" required />
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-slate-900 dark:text-slate-100">Ends</legend>
        <div className="mt-2 flex flex-wrap gap-4 text-sm text-slate-800 dark:text-slate-200">
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name="endBy"
              value="count"
              checked={endBy === "count"}
              onChange={() => setEndBy("count")}
            />
            After a number of sessions
          </label>
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name="endBy"
              value="until"
              checked={endBy === "until"}
              onChange={() => setEndBy("until")}
            />
            On a last date
          </label>
        </div>
      </fieldset>
      {endBy === "count" ? (
        <TextField name="count" inputMode="numeric" label="Number of sessions" hint="At most 60." required />
      ) : (
        <TextField name="until" type="date" label="Last date" hint="Sessions on this date are included." required />
      )}
    </ActionForm>
  );
}
