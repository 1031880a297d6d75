"use client";
import { useRouter } from "next/navigation";
import { ActionForm } from "@/components/ui/form/action-form";
import { SelectField } from "@/components/ui/form/fields";
import { TextAreaField, TextField } from "@/components/ui/form/form-controls";
import { saveCourseProjectAction } from "@/lib/studio/project-actions";

export type ProjectFormValues = {
  id: string;
  title: string;
  brief: string;
  deadlineDay: number;
  submissionKind: string;
  latePolicy: string;
  required: boolean;
  reviewCall: boolean;
  passMark: number;
  rubricText: string;
};

const KINDS = { REPOSITORY: "Repository link and notes", TEXT: "Text answer", UPLOAD: "Upload (zip or PDF)" };
const LATE = { CLOSED: "Closed at the deadline", ACCEPT_LATE: "Accepted, marked late" };

/** Create (no project) or edit a project: brief, deadline day, submission kind, late policy, rubric and pass mark. */
export function ProjectForm({ courseId, project }: { courseId: string; project?: ProjectFormValues }) {
  const router = useRouter();
  return (
    <ActionForm
      action={saveCourseProjectAction}
      onSuccess={() => router.refresh()}
      submitLabel={project ? "Save the project" : "Add the project"}
      pendingLabel="Saving…"
      successMessage="Saved."
    >
      <input type="hidden" name="courseId" value={courseId} />
      <input type="hidden" name="projectId" value={project?.id ?? ""} />
      <TextField name="title" label="Title" maxLength={120} defaultValue={project?.title} required />
      <TextAreaField
        name="brief"
        label="Brief (Markdown)"
        rows={6}
        maxLength={20_000}
        defaultValue={project?.brief}
        required
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="deadlineDay"
          label="Deadline: days after the cohort starts"
          type="number"
          min={0}
          defaultValue={project?.deadlineDay ?? 7}
          hint="Due at 23:59 in the cohort's time zone on that day."
          required
        />
        <TextField
          name="passMark"
          label="Pass mark (points)"
          type="number"
          min={1}
          defaultValue={project?.passMark ?? 1}
          required
        />
        <SelectField
          name="submissionKind"
          label="Learners submit"
          options={KINDS}
          defaultValue={project?.submissionKind ?? "REPOSITORY"}
        />
        <SelectField
          name="latePolicy"
          label="After the deadline"
          options={LATE}
          defaultValue={project?.latePolicy ?? "CLOSED"}
        />
        <SelectField
          name="required"
          label="For the certificate"
          options={{ true: "Required", false: "Optional" }}
          defaultValue={String(project?.required ?? true)}
        />
        <SelectField
          name="reviewCall"
          label="1:1 review call"
          options={{ false: "No call", true: "Learners book a call with a mentor" }}
          defaultValue={String(project?.reviewCall ?? false)}
        />
      </div>
      <TextAreaField
        name="rubric"
        label="Rubric"
        rows={5}
        maxLength={5000}
        defaultValue={project?.rubricText}
        hint='One criterion a line: "Criterion: Level = points; Level = points", e.g. "Tests: Missing = 0; Some = 1; Thorough = 3".'
        required
      />
    </ActionForm>
  );
}
