import type { Metadata } from "next";
import Link from "next/link";
import { QueueAnswer } from "@/components/discussions/queue-answer";
import { Container } from "@/components/ui/container";
import { requireUserOrRedirect } from "@/lib/auth/session";
import { describeWait } from "@/lib/discussions/rules";
import { firstAnswerMedianForStaff, unansweredForStaff } from "@/lib/discussions/staff-queue";

export const metadata: Metadata = { title: "Unanswered questions" };

const day = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

/** Course staff (instructors, co-instructors, admins, cohort mentors): questions nobody has answered, oldest first. */
export default async function StaffQuestionsPage() {
  const user = await requireUserOrRedirect("/studio/questions");
  const [queue, wait] = await Promise.all([unansweredForStaff(user), firstAnswerMedianForStaff(user)]);
  return (
    <Container className="py-10 sm:py-14">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">Unanswered questions</h1>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        Questions from the courses you teach or mentor that nobody has answered yet, oldest first. Reported posts wait
        in{" "}
        <Link href="/studio/reports" className="font-semibold text-brand-700 underline dark:text-brand-300">
          the moderation queue
        </Link>
        .
      </p>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300" data-testid="median-first-answer">
        Median time to a first answer over the last 90 days:{" "}
        <span className="font-semibold">{describeWait(wait.medianSeconds)}</span> ({wait.answered} question
        {wait.answered === 1 ? "" : "s"} answered).
      </p>
      {queue.length === 0 ? (
        <p className="mt-8 rounded-2xl border border-dashed border-slate-300 p-10 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
          Every question has an answer. Nothing is waiting.
        </p>
      ) : (
        <ol className="mt-8 space-y-4" data-testid="staff-queue">
          {queue.map((question) => (
            <li
              key={question.id}
              className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900"
            >
              <p className="text-xs text-slate-600 dark:text-slate-400">
                {question.course.title} · {question.lesson.title} · {question.author} ·{" "}
                <time dateTime={question.createdAt.toISOString()}>{day.format(question.createdAt)} UTC</time>
              </p>
              <h2 className="mt-1 font-semibold text-slate-900 dark:text-white">
                <Link
                  href={`/courses/${question.course.slug}/lessons/${question.lesson.slug}#question-${question.id}`}
                  className="hover:text-brand-700 dark:hover:text-brand-300"
                >
                  {question.title}
                </Link>
              </h2>
              <p className="mt-1 text-sm whitespace-pre-line text-slate-700 dark:text-slate-300">{question.excerpt}</p>
              <QueueAnswer questionId={question.id} title={question.title} />
            </li>
          ))}
        </ol>
      )}
    </Container>
  );
}
