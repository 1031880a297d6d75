import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { CoInstructorEditor, CohortEditor } from "@/components/studio/course-people";
import { CourseSettingsForm } from "@/components/studio/course-settings-form";
import { UploadImageForm } from "@/components/studio/import-form";
import { OutlineEditor } from "@/components/studio/outline-editor";
import { PublishPanel } from "@/components/studio/publish-panel";
import { StatusBadge } from "@/components/studio/status-badge";
import { StudioSection } from "@/components/studio/studio-section";
import { Container } from "@/components/ui/container";
import { isAuthError } from "@/lib/auth/errors";
import { getUserWithRoleOrRedirect } from "@/lib/auth/session";
import * as actions from "@/lib/studio/actions";
import { getStudioCourse } from "@/lib/studio/queries";

export const metadata: Metadata = { title: "Edit course · Studio" };

type Props = { params: Promise<{ courseId: string }> };

export default async function StudioCoursePage({ params }: Props) {
  const { courseId } = await params;
  const { user, allowed } = await getUserWithRoleOrRedirect(`/studio/courses/${courseId}`, "INSTRUCTOR", "ADMIN");
  if (!allowed) forbidden();
  const course = await getStudioCourse(user, courseId).catch((error: unknown) => {
    if (isAuthError(error)) return null;
    throw error;
  });
  if (!course) notFound();

  const modules = course.modules.map((m) => ({
    id: m.id,
    label: m.title,
    lessons: m.lessons.map((l) => ({ id: l.id, label: l.title, kind: l.kind, hasDraft: l.hasDraft })),
  }));
  const outlineKey = JSON.stringify(modules);
  const pendingDrafts = course.modules.reduce((sum, m) => sum + m.lessons.filter((l) => l.hasDraft).length, 0);
  const canManage = user.role === "ADMIN" || course.instructorId === user.id;

  return (
    <Container className="py-10 sm:py-14">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
        <Link href="/studio" className="underline-offset-4 hover:underline">
          Studio
        </Link>{" "}
        / <span>{course.title}</span>
      </nav>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">{course.title}</h1>
        <StatusBadge status={course.status} />
      </div>
      <div className="mt-3 flex flex-wrap gap-4 text-sm font-semibold">
        {course.status === "PUBLISHED" ? (
          <Link
            href={`/courses/${course.slug}`}
            className="text-brand-700 underline-offset-4 hover:underline dark:text-brand-300"
          >
            View as a learner
          </Link>
        ) : null}
        <Link
          href={`/studio/courses/${course.id}/analytics`}
          className="text-brand-700 underline-offset-4 hover:underline dark:text-brand-300"
        >
          Analytics
        </Link>
        {course.format === "COHORT" ? (
          <Link
            href={`/studio/courses/${course.id}/projects`}
            className="text-brand-700 underline-offset-4 hover:underline dark:text-brand-300"
          >
            Projects
          </Link>
        ) : null}
        <a
          href={`/api/studio/courses/${course.id}/export`}
          className="text-brand-700 underline-offset-4 hover:underline dark:text-brand-300"
        >
          Export as zip
        </a>
      </div>

      <div className="mt-8 grid gap-8 lg:grid-cols-[1fr_20rem]">
        <div className="min-w-0 space-y-8">
          <StudioSection
            id="outline"
            title="Modules and lessons"
            description="Drag a row by its handle, or use the arrows, to reorder. New lessons and text changes reach learners when you publish."
          >
            <OutlineEditor
              key={outlineKey}
              courseId={course.id}
              modules={modules}
              actions={{
                createModule: actions.createModuleAction,
                renameModule: actions.renameModuleAction,
                deleteModule: actions.deleteModuleAction,
                reorderModules: actions.reorderModulesAction,
                createLesson: actions.createLessonAction,
                deleteLesson: actions.deleteLessonAction,
                reorderLessons: actions.reorderLessonsAction,
                moveLesson: actions.moveLessonAction,
                deletionImpact: actions.deletionImpactAction,
              }}
            />
          </StudioSection>
          <StudioSection id="settings" title="Course settings">
            <CourseSettingsForm
              course={{
                id: course.id,
                updatedAt: course.updatedAt.getTime(),
                title: course.title,
                slug: course.slug,
                summary: course.summary,
                description: course.description,
                outcomes: course.outcomes,
                topic: course.topic,
                level: course.level,
                format: course.format,
                priceCents: course.priceCents,
                sequential: course.sequential,
                coverImageUrl: course.coverImageUrl,
              }}
              action={actions.updateCourseSettingsAction}
            />
          </StudioSection>
          <StudioSection
            id="files"
            title="Images"
            description="Upload a cover or a lesson image. Its type is checked from the file itself."
          >
            <UploadImageForm courseId={course.id} />
          </StudioSection>
          <StudioSection id="cohorts" title="Cohorts">
            <CohortEditor
              courseId={course.id}
              cohorts={course.cohorts.map((c) => ({
                id: c.id,
                title: c.title,
                startsAt: c.startsAt.toISOString(),
                endsAt: c.endsAt.toISOString(),
                seats: c.seats,
                timeZone: c.timeZone,
              }))}
              addAction={actions.addCohortAction}
              deleteAction={actions.deleteCohortAction}
            />
          </StudioSection>
          <StudioSection id="people" title="Instructors">
            <CoInstructorEditor
              courseId={course.id}
              owner={course.instructor}
              people={course.coInstructors.map((c) => c.user)}
              canManage={canManage}
              addAction={actions.addCoInstructorAction}
              removeAction={actions.removeCoInstructorAction}
            />
          </StudioSection>
        </div>
        <div className="order-first space-y-6 lg:sticky lg:top-24 lg:order-none lg:h-fit">
          <PublishPanel
            courseId={course.id}
            status={course.status}
            pendingDrafts={pendingDrafts}
            action={actions.publishCourseAction}
          />
        </div>
      </div>
    </Container>
  );
}
