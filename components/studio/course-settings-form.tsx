"use client";
import { useKeptActionState } from "@/components/ui/form/use-kept-action-state";
import { FieldErrorsProvider, FormAlert, SubmitButton, TextField } from "@/components/ui/form/form-controls";
import type { StudioAction } from "./call-action";
import { CheckboxField, SelectField } from "@/components/ui/form/fields";
import { TextAreaField } from "@/components/ui/form/form-controls";

export type CourseSettings = {
  id: string;
  updatedAt: number;
  title: string;
  slug: string;
  summary: string;
  description: string;
  outcomes: string[];
  topic: string;
  level: string;
  format: string;
  priceCents: number;
  sequential: boolean;
  coverImageUrl: string | null;
};

const TOPICS = {
  APIS: "APIs",
  DATABASES: "Databases",
  SECURITY: "Security",
  PERFORMANCE: "Performance",
  CLOUD: "Cloud & Ops",
  CAREER: "Career",
};
const LEVELS = { BEGINNER: "Beginner", INTERMEDIATE: "Intermediate", ADVANCED: "Advanced" };
const FORMATS = { SELF_PACED: "Self-paced", COHORT: "Cohort bootcamp" };

export function CourseSettingsForm({
  course,
  action,
}: {
  course: CourseSettings;
  action: StudioAction<{ slug: string; updatedAt: number }>;
}) {
  // Saved settings stay in the fields (no reset): they are the course's values now.
  const { result: state, values, pending, formProps } = useKeptActionState(action, { resetOnSuccess: false });
  // Each save answers with the new edit stamp, so the next save is not mistaken for a stale one.
  const updatedAt = state?.ok ? state.data.updatedAt : course.updatedAt;
  return (
    <FieldErrorsProvider errors={state && !state.ok ? state.fieldErrors : undefined} values={values}>
      <form {...formProps} noValidate className="grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          {state && !state.ok ? <FormAlert>{state.error}</FormAlert> : null}
          {state?.ok ? <FormAlert tone="success">Settings saved.</FormAlert> : null}
        </div>
        <input type="hidden" name="courseId" value={course.id} />
        <input type="hidden" name="expectedUpdatedAt" value={updatedAt} />
        <TextField
          name="title"
          label="Title"
          defaultValue={course.title}
          required
          maxLength={120}
          className="sm:col-span-2"
        />
        <TextField
          name="slug"
          label="Slug"
          defaultValue={course.slug}
          required
          maxLength={80}
          hint={`The course lives at /courses/${course.slug}. Old links keep redirecting after a change.`}
          className="sm:col-span-2"
        />
        <TextAreaField
          name="summary"
          label="Summary"
          defaultValue={course.summary}
          rows={2}
          maxLength={240}
          hint="One or two sentences for the catalogue (10 to 240 characters)."
          className="sm:col-span-2"
        />
        <TextAreaField
          name="description"
          label="Description (Markdown)"
          defaultValue={course.description}
          rows={5}
          className="sm:col-span-2"
        />
        <TextAreaField
          name="outcomes"
          label="Outcomes, one a line"
          defaultValue={course.outcomes.join("\n")}
          rows={4}
          className="sm:col-span-2"
        />
        <SelectField name="topic" label="Topic" defaultValue={course.topic} options={TOPICS} />
        <SelectField name="level" label="Level" defaultValue={course.level} options={LEVELS} />
        <SelectField name="format" label="Format" defaultValue={course.format} options={FORMATS} />
        <div className="space-y-3">
          <CheckboxField name="paid" label="Paid course" defaultChecked={course.priceCents > 0} />
          <TextField
            name="price"
            label="Price (USD)"
            inputMode="decimal"
            defaultValue={(course.priceCents / 100).toString()}
            hint="Used only for a paid course."
          />
        </div>
        <CheckboxField name="sequential" label="Lessons unlock in order" defaultChecked={course.sequential} />
        <TextField
          name="coverImageUrl"
          label="Cover image address"
          defaultValue={course.coverImageUrl ?? ""}
          hint="Upload an image under Files and paste its address here."
          className="sm:col-span-2"
        />
        <div className="sm:col-span-2">
          <SubmitButton pending={pending} pendingLabel="Saving…">
            Save settings
          </SubmitButton>
        </div>
      </form>
    </FieldErrorsProvider>
  );
}
