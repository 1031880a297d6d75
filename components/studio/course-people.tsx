"use client";
// Cohorts (dates, seats, time zone) and co-instructors of a course.
import Link from "next/link";
import { useState } from "react";
import { TextField } from "@/components/ui/form/form-controls";
import type { StudioAction } from "./call-action";
import { countOf } from "@/lib/format/count";
import { RefreshingForm } from "./refreshing-form";

type Cohort = { id: string; title: string; startsAt: string; endsAt: string; seats: number; timeZone: string };
type Person = { id: string; name: string | null; email: string };

export function CohortEditor({
  courseId,
  cohorts,
  addAction,
  deleteAction,
}: {
  courseId: string;
  cohorts: Cohort[];
  addAction: StudioAction<unknown>;
  deleteAction: StudioAction<unknown>;
}) {
  return (
    <div className="space-y-4">
      {cohorts.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No cohorts. Self-paced courses need none.</p>
      ) : null}
      <ul className="space-y-2">
        {cohorts.map((cohort) => (
          <li
            key={cohort.id}
            className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-800"
          >
            <span className="text-slate-800 dark:text-slate-200">
              <strong>{cohort.title}</strong>: {cohort.startsAt.slice(0, 10)} to {cohort.endsAt.slice(0, 10)},{" "}
              {countOf(cohort.seats, "seat")}, {cohort.timeZone}
            </span>
            <Link
              href={`/studio/cohorts/${cohort.id}/schedule`}
              className="font-semibold text-brand-700 underline dark:text-brand-300"
            >
              Schedule of {cohort.title}
            </Link>
            <RefreshingForm
              action={deleteAction}
              submitLabel={`Delete cohort ${cohort.title}`}
              variant="secondary"
              className="flex items-center gap-2"
              confirm={{
                title: `Delete the cohort “${cohort.title}”?`,
                description: "It disappears from the course page and cannot be booked any more. This cannot be undone.",
                confirmLabel: "Delete cohort",
              }}
            >
              <input type="hidden" name="courseId" value={courseId} />
              <input type="hidden" name="cohortId" value={cohort.id} />
            </RefreshingForm>
          </li>
        ))}
      </ul>
      <RefreshingForm
        action={addAction}
        submitLabel="Add cohort"
        successMessage="Cohort added."
        className="grid gap-3 sm:grid-cols-2"
      >
        <input type="hidden" name="courseId" value={courseId} />
        <TextField name="title" label="Cohort title" required className="sm:col-span-2" />
        <TextField name="startsAt" label="Starts" type="date" required />
        <TextField name="endsAt" label="Ends" type="date" required />
        <TextField name="seats" label="Seats" type="number" min={1} defaultValue="20" required />
        <TextField name="timeZone" label="Time zone" defaultValue="UTC" required hint="For example Europe/Berlin." />
      </RefreshingForm>
    </div>
  );
}

export function CoInstructorEditor({
  courseId,
  owner,
  people,
  canManage,
  addAction,
  removeAction,
}: {
  courseId: string;
  owner: Person;
  people: Person[];
  canManage: boolean;
  addAction: StudioAction<unknown>;
  removeAction: StudioAction<unknown>;
}) {
  // "Co-instructor added." belongs to the last add: once someone is removed, the add form starts afresh.
  const [seenCount, setSeenCount] = useState(people.length);
  const [addFormKey, setAddFormKey] = useState(0);
  if (people.length !== seenCount) {
    if (people.length < seenCount) setAddFormKey((key) => key + 1);
    setSeenCount(people.length);
  }
  return (
    <div className="space-y-4">
      <ul className="space-y-2 text-sm">
        <li className="text-slate-800 dark:text-slate-200">
          {owner.name ?? owner.email} ({owner.email}) · owner
        </li>
        {people.map((person) => (
          <li
            key={person.id}
            className="flex flex-wrap items-center justify-between gap-2 text-slate-800 dark:text-slate-200"
          >
            <span>
              {person.name ?? person.email} ({person.email})
            </span>
            {canManage ? (
              <RefreshingForm
                action={removeAction}
                submitLabel={`Remove ${person.email}`}
                variant="secondary"
                className="flex items-center gap-2"
                confirm={{
                  title: `Remove ${person.name ?? person.email} from this course?`,
                  description:
                    "They can no longer edit the course or see its analytics. Their earlier changes stay. You can add them again later.",
                  confirmLabel: "Remove co-instructor",
                }}
              >
                <input type="hidden" name="courseId" value={courseId} />
                <input type="hidden" name="userId" value={person.id} />
              </RefreshingForm>
            ) : null}
          </li>
        ))}
      </ul>
      {canManage ? (
        <RefreshingForm
          key={addFormKey}
          action={addAction}
          submitLabel="Add co-instructor"
          successMessage="Co-instructor added."
          className="flex flex-col gap-3 sm:flex-row sm:items-end"
        >
          <input type="hidden" name="courseId" value={courseId} />
          <TextField name="email" label="Instructor's email" type="email" required className="sm:w-80" />
        </RefreshingForm>
      ) : null}
    </div>
  );
}
