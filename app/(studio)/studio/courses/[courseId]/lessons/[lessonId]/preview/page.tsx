import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { LearnerPreview } from "@/components/studio/learner-preview";
import { Badge } from "@/components/ui/badge";
import { Container } from "@/components/ui/container";
import { isAuthError } from "@/lib/auth/errors";
import { getUserWithRoleOrRedirect } from "@/lib/auth/session";
import { formatDuration } from "@/lib/catalog/labels";
import { previewExerciseAction, previewQuizAction } from "@/lib/studio/actions";
import { getLessonPreview } from "@/lib/studio/learner-preview";

export const metadata: Metadata = { title: "Preview as a learner · Studio", robots: { index: false } };

type Props = { params: Promise<{ courseId: string; lessonId: string }> };

const KIND_LABEL = {
  article: "Article",
  video: "Video",
  quiz: "Quiz",
  sql: "SQL exercise",
  code: "Code exercise",
  python: "Code exercise",
};

export default async function LearnerPreviewPage({ params }: Props) {
  const { courseId, lessonId } = await params;
  const editHref = `/studio/courses/${courseId}/lessons/${lessonId}`;
  const { user, allowed } = await getUserWithRoleOrRedirect(`${editHref}/preview`, "INSTRUCTOR", "ADMIN");
  if (!allowed) forbidden();
  // The service checks the course's staff itself: owner, co-instructors and admins.
  const lesson = await getLessonPreview(user, lessonId).catch((error: unknown) => {
    if (isAuthError(error)) return null;
    throw error;
  });
  if (!lesson || lesson.courseId !== courseId) notFound();
  const link = "font-semibold text-brand-800 underline underline-offset-4 dark:text-brand-200";

  return (
    <Container className="py-8 sm:py-10">
      <div
        role="note"
        aria-label="Preview"
        data-testid="learner-preview-banner"
        className="rounded-2xl border border-amber-300 bg-amber-50 px-5 py-4 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100"
      >
        <p className="font-semibold">Preview as a learner — nothing you do here is saved.</p>
        <p className="mt-1">
          {!lesson.everPublished
            ? "This lesson is not published yet: learners will see it once you publish the course."
            : lesson.fromDraft
              ? "You are seeing your unpublished changes: learners still see the published version until you publish."
              : "This is the lesson as learners see it now."}{" "}
          <Link href={editHref} className={link}>
            Back to the editor
          </Link>
        </p>
      </div>
      <article className="mx-auto mt-8 max-w-3xl min-w-0">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {lesson.course.title} · {lesson.moduleTitle}
        </p>
        <h1 className="mt-1 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl dark:text-white">
          {lesson.title}
        </h1>
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <Badge tone="brand">{KIND_LABEL[lesson.kind]}</Badge>
          <Badge>{formatDuration(lesson.minutes)}</Badge>
          <Badge tone="amber">Preview</Badge>
        </div>
        <LearnerPreview
          lessonId={lesson.id}
          title={lesson.title}
          content={lesson.content}
          actions={{ quiz: previewQuizAction, exercise: previewExerciseAction }}
        />
      </article>
    </Container>
  );
}
