"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { FieldErrorsProvider, FormAlert, SubmitButton, TextField } from "@/components/ui/form/form-controls";
import { useKeptActionState } from "@/components/ui/form/use-kept-action-state";
import type { StudioAction } from "./call-action";

export function CreateCourseForm({ action }: { action: StudioAction<{ id: string }> }) {
  const { result: state, values, pending, formProps } = useKeptActionState(action, { resetOnSuccess: false });
  const router = useRouter();
  useEffect(() => {
    if (state?.ok) router.push(`/studio/courses/${state.data.id}`);
  }, [state, router]);
  return (
    <FieldErrorsProvider errors={state && !state.ok ? state.fieldErrors : undefined} values={values}>
      <form {...formProps} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <TextField name="title" label="New course title" required minLength={3} maxLength={120} className="sm:w-96" />
        <SubmitButton pending={pending} pendingLabel="Creating…">
          Create course
        </SubmitButton>
      </form>
      {state && !state.ok ? (
        <div className="mt-3">
          <FormAlert>{state.error}</FormAlert>
        </div>
      ) : null}
    </FieldErrorsProvider>
  );
}
