import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { LessonEditor } from "@/components/studio/lesson-editor";
import { Container } from "@/components/ui/container";
import { isAuthError } from "@/lib/auth/errors";
import { getUserWithRoleOrRedirect } from "@/lib/auth/session";
import { currentDraftAction, previewMarkdownAction, saveDraftAction } from "@/lib/studio/actions";
import { exerciseAssetUrls } from "@/lib/learning/exercise-assets";
import { getLessonForEditing } from "@/lib/studio/queries";

export const metadata: Metadata = { title: "Edit lesson · Studio" };

type Props = { params: Promise<{ courseId: string; lessonId: string }> };

export default async function StudioLessonPage({ params }: Props) {
  const { courseId, lessonId } = await params;
  const { user, allowed } = await getUserWithRoleOrRedirect(
    `/studio/courses/${courseId}/lessons/${lessonId}`,
    "INSTRUCTOR",
    "ADMIN",
  );
  if (!allowed) forbidden();
  const lesson = await getLessonForEditing(user, lessonId).catch((error: unknown) => {
    if (isAuthError(error)) return null;
    throw error;
  });
  if (!lesson || lesson.courseId !== courseId) notFound();
  const link = "font-semibold text-brand-700 underline-offset-4 hover:underline dark:text-brand-300";

  return (
    <Container className="py-8 sm:py-10">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
        <Link href="/studio" className="underline-offset-4 hover:underline">
          Studio
        </Link>{" "}
        /{" "}
        <Link href={`/studio/courses/${courseId}`} className="underline-offset-4 hover:underline">
          {lesson.course.title}
        </Link>{" "}
        / <span>{lesson.moduleTitle}</span>
      </nav>
      <h1 className="mt-2 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl dark:text-white">
        Edit “{lesson.content.title}”
      </h1>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300" data-testid="draft-state">
        {!lesson.everPublished
          ? "This lesson is not published yet: learners will see it once you publish the course."
          : lesson.draft
            ? "This lesson has unpublished changes: learners still see the published version."
            : "No unpublished changes: this is what learners see."}
      </p>
      <div className="mt-3 flex flex-wrap gap-4 text-sm">
        <Link href={`/studio/courses/${courseId}/lessons/${lessonId}/history`} className={link}>
          Version history
        </Link>
        <Link href={`/studio/courses/${courseId}/lessons/${lessonId}/preview`} className={link}>
          Preview as a learner
        </Link>
        {lesson.everPublished ? (
          <Link href={`/courses/${lesson.course.slug}/lessons/${lesson.slug}`} className={link}>
            View the published lesson
          </Link>
        ) : null}
        <Link href={`/studio/courses/${courseId}#publish-heading`} className={link}>
          Back to publish
        </Link>
      </div>
      <div className="mt-6">
        <LessonEditor
          lessonId={lesson.id}
          courseId={courseId}
          initial={lesson.content}
          token={lesson.token}
          actions={{ save: saveDraftAction, preview: previewMarkdownAction, current: currentDraftAction }}
          pgliteBase={(await exerciseAssetUrls()).pgliteBase}
        />
      </div>
    </Container>
  );
}
