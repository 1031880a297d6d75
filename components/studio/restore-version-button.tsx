"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { callAction, SMALL_BUTTON, type StudioAction } from "./call-action";

export function RestoreVersionButton({
  lessonId,
  number,
  token,
  action,
}: {
  lessonId: string;
  number: number;
  token: { lessonVersion: number; revision: number };
  action: StudioAction<unknown>;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const restore = async () => {
    const result = await callAction(action, { lessonId, number, ...token });
    setMessage(
      result.ok
        ? { ok: true, text: `Version ${number} is now the draft. Publish the course to show it to learners.` }
        : { ok: false, text: result.error },
    );
    if (result.ok) router.refresh();
  };
  return (
    <div className="flex flex-col items-end gap-1">
      <button type="button" className={SMALL_BUTTON} onClick={restore}>
        Restore version {number} as the draft
      </button>
      {message ? (
        <p
          role={message.ok ? "status" : "alert"}
          className={
            message.ok ? "text-sm text-emerald-800 dark:text-emerald-300" : "text-sm text-rose-800 dark:text-rose-300"
          }
        >
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
