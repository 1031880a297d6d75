import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BoardThread } from "@/components/discussions/board-thread";
import { Container } from "@/components/ui/container";
import { runAction } from "@/lib/actions/run-action";
import { serverActionScope } from "@/lib/actions/server-action";
import { requireUserOrRedirect } from "@/lib/auth/session";
import { threadDefinition } from "@/lib/discussions/definitions";

export const metadata: Metadata = { title: "Cohort thread", robots: { index: false } };

type Props = { params: Promise<{ id: string; questionId: string }> };

export default async function CohortThreadPage({ params }: Props) {
  const { id, questionId } = await params;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id) || !/^[A-Za-z0-9_-]{1,64}$/.test(questionId)) notFound();
  await requireUserOrRedirect(`/cohorts/${id}/board/${questionId}`);
  // The thread's own route decides who may read it; here it must also belong to this cohort's board.
  const result = await runAction(threadDefinition, { questionId }, serverActionScope());
  if (!result.ok || !result.data || result.data.cohort?.id !== id) notFound();
  const { cohort, question } = result.data;

  return (
    <Container className="max-w-3xl py-10">
      <Link
        href={`/cohorts/${id}/board`}
        className="text-sm font-semibold text-brand-700 hover:underline dark:text-brand-300"
      >
        ← {cohort.title}: board
      </Link>
      <h1 className="mt-4 text-2xl font-bold tracking-tight break-words text-slate-900 dark:text-white">
        {question.title}
      </h1>
      <div className="mt-2 rounded-2xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
        <BoardThread questionId={question.id} />
      </div>
    </Container>
  );
}
