"use client";
import { useRouter } from "next/navigation";
import { ActionForm } from "@/components/ui/form/action-form";
import { TextAreaField, TextField } from "@/components/ui/form/form-controls";
import { postAnnouncementAction } from "@/lib/cohorts/actions";

/** Staff post to the cohort: shown on its home and mailed to every member. */
export function AnnouncementForm({ cohortId }: { cohortId: string }) {
  const router = useRouter();
  return (
    <ActionForm
      onSuccess={() => router.refresh()}
      action={postAnnouncementAction}
      submitLabel="Post and email the members"
      pendingLabel="Posting…"
      successMessage="Posted. The members see it on the cohort page and get it by email."
    >
      <input type="hidden" name="cohortId" value={cohortId} />
      <TextField name="title" label="Title" maxLength={120} required />
      <TextAreaField name="body" label="Message" rows={4} maxLength={5000} required />
    </ActionForm>
  );
}
