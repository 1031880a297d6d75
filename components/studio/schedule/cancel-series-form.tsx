"use client";
// "Cancel this and the later sessions of the series": each member gets a cancellation for each.
import { useRouter } from "next/navigation";
import { ActionForm } from "@/components/ui/form/action-form";
import { cancelSeriesAction } from "@/lib/cohorts/actions";

export function CancelSeriesForm({ sessionId, label }: { sessionId: string; label: string }) {
  const router = useRouter();
  return (
    <ActionForm
      action={cancelSeriesAction}
      submitLabel="Cancel this and later sessions of the series"
      variant="danger"
      successMessage="Cancelled. Members get a cancellation for each."
      onSuccess={() => router.refresh()}
      confirm={{
        title: "Cancel the rest of this series?",
        description: `${label} and every later session of its series are cancelled; members get a cancellation for each.`,
        confirmLabel: "Cancel the sessions",
      }}
    >
      <input type="hidden" name="sessionId" value={sessionId} />
    </ActionForm>
  );
}
