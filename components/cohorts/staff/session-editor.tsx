"use client";
// One session in the staff view: its calendar details (a change mails members an updated invite), the room's
// link, cancelling it, and, afterwards, the recording and notes.
import { useRouter } from "next/navigation";
import { ActionForm } from "@/components/ui/form/action-form";
import { TextAreaField, TextField } from "@/components/ui/form/form-controls";
import { cancelSessionAction, saveSessionAction, saveSessionRecordAction } from "@/lib/cohorts/actions";

export type EditableSession = {
  id: string;
  title: string;
  agenda: string;
  /** "YYYY-MM-DDTHH:MM" in the cohort's zone. */
  startsLocal: string;
  endsLocal: string;
  joinUrl: string;
  recordingUrl: string;
  notes: string;
  cancelled: boolean;
  ended: boolean;
};

export function SessionEditor({ session, zoneLabel }: { session: EditableSession; zoneLabel: string }) {
  const router = useRouter();
  const refresh = () => router.refresh();
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      {session.cancelled ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          This session is cancelled; members received a cancellation.
        </p>
      ) : (
        <ActionForm
          action={saveSessionAction}
          submitLabel="Save the session"
          successMessage="Saved. Members whose calendar shows it get an updated invite."
          onSuccess={refresh}
        >
          <input type="hidden" name="sessionId" value={session.id} />
          <TextField name="title" label="Title" defaultValue={session.title} maxLength={120} required />
          <TextAreaField name="agenda" label="Agenda" defaultValue={session.agenda} rows={2} maxLength={2000} />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              name="startsAt"
              type="datetime-local"
              label={`Starts (${zoneLabel})`}
              defaultValue={session.startsLocal}
              required
            />
            <TextField
              name="endsAt"
              type="datetime-local"
              label={`Ends (${zoneLabel})`}
              defaultValue={session.endsLocal}
              required
            />
          </div>
          <TextField
            name="joinUrl"
            type="url"
            label="Video room link"
            hint="Members see it from 15 minutes before the start, through the cohort page."
            defaultValue={session.joinUrl}
          />
        </ActionForm>
      )}
      {session.cancelled || session.ended ? null : <CancelSession sessionId={session.id} onCancelled={refresh} />}
      <ActionForm
        action={saveSessionRecordAction}
        onSuccess={refresh}
        submitLabel="Save recording and notes"
        variant="secondary"
        successMessage="Saved. Members see them once the session has ended."
      >
        <input type="hidden" name="sessionId" value={session.id} />
        <TextField name="recordingUrl" type="url" label="Recording link" defaultValue={session.recordingUrl} />
        <TextAreaField name="notes" label="Notes for members" defaultValue={session.notes} rows={3} maxLength={5000} />
      </ActionForm>
    </div>
  );
}

function CancelSession({ sessionId, onCancelled }: { sessionId: string; onCancelled: () => void }) {
  return (
    <ActionForm
      action={cancelSessionAction}
      submitLabel="Cancel the session"
      onSuccess={onCancelled}
      confirm={{
        title: "Cancel this session?",
        description: "Members get a cancellation for their calendars. This cannot be undone.",
        confirmLabel: "Cancel the session",
      }}
    >
      <input type="hidden" name="sessionId" value={sessionId} />
    </ActionForm>
  );
}
