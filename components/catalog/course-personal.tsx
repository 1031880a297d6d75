"use client";
// The visitor's own parts of a cached course page: progress, the call to action and the syllabus marks.
// They render the anonymous view into the cached HTML and the learner's once CourseStateProvider has it.
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button-link";
import { ProgressBar } from "@/components/ui/progress-bar";
import { useCourseLearner, useRefreshLearner } from "@/components/learner/learner-state";
import { EnrolPanel } from "./enrol-panel";

type EnrolmentProps = { courseSlug: string; previewHref: string | null };

/** Progress, the one button this visitor gets, a free preview for those not enrolled, and the certificate. */
export function CourseEnrolment({ courseSlug, previewHref }: EnrolmentProps) {
  const { status, view } = useCourseLearner();
  const refresh = useRefreshLearner();
  // A signed-in visitor must not be offered the anonymous "sign in to enrol" while their state loads.
  if (status === "loading")
    return (
      <div className="mt-6 space-y-3" role="status" aria-label="Loading your enrolment">
        <div className="h-10 animate-pulse rounded-lg bg-slate-200 dark:bg-slate-800" />
        <div className="h-10 animate-pulse rounded-lg bg-slate-100 dark:bg-slate-800/60" />
      </div>
    );
  return (
    <>
      {view.percent !== null && (
        <div className="mt-4">
          <div className="flex justify-between text-sm text-slate-600 dark:text-slate-400">
            <span>Your progress</span>
            <span className="font-semibold text-slate-900 dark:text-white" data-testid="course-percent">
              {view.percent}%
            </span>
          </div>
          <ProgressBar percent={view.percent} label="Course progress" />
        </div>
      )}
      {status === "failed" && (
        <p role="alert" className="mt-4 text-sm text-rose-800 dark:text-rose-300">
          Your enrolment could not be loaded.{" "}
          <button type="button" onClick={refresh} className="font-semibold underline">
            Try again
          </button>
        </p>
      )}
      <EnrolPanel cta={view.cta} courseSlug={courseSlug} startHref={view.startHref} className="mt-6" />
      {!view.enrolled && previewHref && (
        <ButtonLink href={previewHref} variant="secondary" className="mt-3 w-full">
          Try a free preview lesson
        </ButtonLink>
      )}
      {!view.enrolled && view.cta.kind !== "processing" && (
        // Only someone still choosing is asked whether this is the right course.
        <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">
          Is this the right course for you?{" "}
          <Link href="/consultation" className="font-semibold text-brand-700 underline dark:text-brand-300">
            Ask an advisor in a free call
          </Link>
          .
        </p>
      )}
      {view.certificateId && (
        <ButtonLink href={`/certificates/${view.certificateId}`} variant="secondary" className="mt-3 w-full">
          View your certificate
        </ButtonLink>
      )}
    </>
  );
}

type LessonLabelProps = { lessonId: string; href: string; title: string; freePreview: boolean };

/** A syllabus line's title (a link when this visitor may open it), its free-preview badge and its tick. */
export function SyllabusLessonLabel({ lessonId, href, title, freePreview }: LessonLabelProps) {
  const { view } = useCourseLearner();
  return (
    <>
      {view.readableIds.includes(lessonId) ? (
        <Link
          href={href}
          className="font-medium text-slate-900 hover:text-brand-700 dark:text-slate-100 dark:hover:text-brand-300"
        >
          {title}
        </Link>
      ) : (
        <span className="text-slate-700 dark:text-slate-300">{title}</span>
      )}
      {!view.enrolled && freePreview && (
        <span className="shrink-0 rounded bg-emerald-50 px-1.5 py-0.5 text-xs font-medium text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200">
          Free preview
        </span>
      )}
      {view.completedIds.includes(lessonId) && (
        <span className="shrink-0 text-xs font-semibold text-emerald-700 dark:text-emerald-400">✓ Done</span>
      )}
    </>
  );
}
