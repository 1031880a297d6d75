"use client";
// Answering a question straight from the staff queue; on success the page reloads its list.
import { useRouter } from "next/navigation";
import { AnswerForm } from "./answer-form";

export function QueueAnswer({ questionId, title }: { questionId: string; title: string }) {
  const router = useRouter();
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm font-semibold text-brand-700 dark:text-brand-300">Answer here</summary>
      <AnswerForm
        questionId={questionId}
        label={`Answer: ${title}`}
        className="mt-2 space-y-2"
        onAnswered={() => router.refresh()}
      />
    </details>
  );
}
