"use client";
import { useRouter } from "next/navigation";
import { ActionForm } from "@/components/ui/form/action-form";
import { setAttendanceAction } from "@/lib/cohorts/actions";

/** Staff correct one member's attendance at one session. */
export function AttendanceToggle({
  sessionId,
  userId,
  memberName,
  present,
}: {
  sessionId: string;
  userId: string;
  memberName: string;
  present: boolean | null;
}) {
  const router = useRouter();
  const next = present === true ? "false" : "true";
  return (
    <ActionForm
      action={setAttendanceAction}
      submitLabel={present === true ? `Mark ${memberName} absent` : `Mark ${memberName} present`}
      variant="secondary"
      className="contents"
      onSuccess={() => router.refresh()}
    >
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="present" value={next} />
    </ActionForm>
  );
}
