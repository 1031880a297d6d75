"use client";
// A cohort board's thread on its own page: the thread view, and the page's title refreshed after an edit.
import { useRouter } from "next/navigation";
import { ThreadView } from "./thread-view";

export function BoardThread({ questionId }: { questionId: string }) {
  const router = useRouter();
  return <ThreadView questionId={questionId} onChanged={() => router.refresh()} />;
}
