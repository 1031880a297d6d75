"use client";
// The parts of a lesson page that depend on who is reading: progress, ticks, the lesson body behind
// enrolment, the activity, and the calls to enrol. They read LearnerStateProvider.
import Link from "next/link";
import { useEffect, useState } from "react";
import { EnrolPanel } from "@/components/catalog/enrol-panel";
import { Badge } from "@/components/ui/badge";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { TocEntry } from "@/lib/content/render-markdown";
import type { LessonActivity } from "@/lib/learning/lesson-content";
import { CodeExerciseLoader, SqlExerciseLoader } from "./exercises/exercise-loader";
import { useLearner } from "../learner/learner-state";
import { LessonViewTracker } from "./lesson-view-tracker";
import { MarkCompleteButton } from "./mark-complete-button";
import { QuizForm } from "./quiz-form";
import { activeHeadingId } from "./toc-active";
import { VideoPlayer } from "./video-player";
import { LessonHtml } from "./lesson-html";

export type LessonCourseInfo = { slug: string; title: string; priceLabel: string; totalLessons: number };
type LessonInfo = { id: string; title: string };

export function CourseProgress() {
  const { view } = useLearner();
  if (view.percent === null) return null;
  return (
    <div className="mt-3">
      <div className="flex justify-between text-xs text-slate-600 dark:text-slate-400">
        <span>Your progress</span>
        <span data-testid="course-percent">{view.percent}%</span>
      </div>
      <ProgressBar percent={view.percent} label="Course progress" />
    </div>
  );
}

export function LessonTick({ lessonId }: { lessonId: string }) {
  const { view } = useLearner();
  if (view.completedIds.includes(lessonId))
    return (
      <span className="flex size-5 shrink-0 items-center justify-center rounded-full bg-emerald-600 text-[11px] font-bold text-white dark:bg-emerald-500 dark:text-slate-950">
        <span aria-hidden="true">✓</span>
        <span className="sr-only">Completed</span>
      </span>
    );
  if (!view.readableIds.includes(lessonId))
    return (
      <span className="flex size-5 shrink-0 items-center justify-center text-xs text-slate-500 dark:text-slate-400">
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5 fill-current">
          <path d="M5 7V5a3 3 0 0 1 6 0v2h.5A1.5 1.5 0 0 1 13 8.5v5a1.5 1.5 0 0 1-1.5 1.5h-7A1.5 1.5 0 0 1 3 13.5v-5A1.5 1.5 0 0 1 4.5 7H5Zm1.5 0h3V5a1.5 1.5 0 0 0-3 0v2Z" />
        </svg>
        <span className="sr-only">Locked</span>
      </span>
    );
  return (
    <span aria-hidden="true" className="size-5 shrink-0 rounded-full border-2 border-slate-300 dark:border-slate-600" />
  );
}

export function LessonStatusBadges({ freePreview }: { freePreview: boolean }) {
  const { view } = useLearner();
  return (
    <>
      {freePreview && !view.enrolled && <Badge tone="green">Free preview</Badge>}
      {view.lesson.completed && <Badge tone="green">✓ Completed</Badge>}
    </>
  );
}

export function LessonToc() {
  const { content } = useLearner();
  if (!content || content.toc.length < 2) return null;
  return <TableOfContents toc={content.toc} />;
}

function TableOfContents({ toc }: { toc: TocEntry[] }) {
  const active = useActiveHeading(toc);
  return (
    <nav aria-label="On this page" className="sticky top-24 text-sm">
      <p className="font-semibold text-slate-900 dark:text-white">On this page</p>
      <ul className="mt-3 space-y-2">
        {toc.map((entry) => (
          <li key={entry.id} className={entry.depth === 3 ? "pl-3" : undefined}>
            <a
              href={`#${entry.id}`}
              aria-current={active === entry.id ? "location" : undefined}
              className="text-slate-600 hover:text-brand-700 aria-[current]:font-semibold aria-[current]:text-brand-700 dark:text-slate-400 dark:hover:text-brand-300 dark:aria-[current]:text-brand-300"
            >
              {entry.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The section being read, from the headings' positions on scroll (see toc-active.ts for the rule). */
function useActiveHeading(toc: TocEntry[]): string | null {
  const [active, setActive] = useState<string | null>(null);
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const positions = toc.flatMap((entry) => {
        const element = document.getElementById(entry.id);
        return element ? [{ id: entry.id, top: element.getBoundingClientRect().top }] : [];
      });
      const atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
      setActive(activeHeadingId(positions, HEADER_OFFSET_PX, atBottom));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    return () => {
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [toc]);
  return active;
}

/** Headings scroll to 6rem below the top (prose-headings:scroll-mt-24), under the sticky header. */
const HEADER_OFFSET_PX = 96;

/** The lesson body and activity when this visitor may read it; otherwise why not and what to do. */
export function LessonMain({
  course,
  lesson,
  nextHref,
}: {
  course: LessonCourseInfo;
  lesson: LessonInfo;
  nextHref: string | null;
}) {
  const { status, view, content, refresh } = useLearner();
  if (!content) {
    // The cached HTML cannot know whether this reader is enrolled: it holds a placeholder, not a "locked" notice.
    if (status === "unknown" || status === "loading")
      return (
        <>
          <LessonPlaceholder />
          <noscript>
            <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">
              This lesson needs JavaScript to check your enrolment. Please turn it on and reload.
            </p>
          </noscript>
        </>
      );
    if (status === "failed")
      return (
        <div
          className="mt-8 rounded-2xl border border-rose-200 bg-rose-50 p-6 text-sm text-rose-900 dark:border-rose-900 dark:bg-rose-950/40 dark:text-rose-100"
          role="alert"
        >
          Your progress could not be loaded. Check your connection, then{" "}
          <button type="button" onClick={refresh} className="font-semibold underline">
            try again
          </button>
          .
        </div>
      );
    if (view.lesson.staffPreviewHref) return <StaffNotice href={view.lesson.staffPreviewHref} />;
    return <LockedLesson course={course} />;
  }
  const enrolled = view.enrolled;
  const staffPreviewHref = view.lesson.staffPreviewHref;
  return (
    <>
      {content.video && (
        // Keyed on the saved position so that the player starts there once the learner's state arrives.
        <VideoPlayer
          key={view.lesson.videoSeconds}
          lessonId={lesson.id}
          title={lesson.title}
          url={content.video.url}
          captionsUrl={content.video.captionsUrl}
          startSeconds={view.lesson.videoSeconds}
          canSave={enrolled}
        />
      )}
      <LessonHtml
        className="prose mt-8 max-w-none prose-slate dark:prose-invert prose-headings:scroll-mt-24 prose-a:text-brand-700 dark:prose-a:text-brand-300"
        html={content.html}
      />
      {staffPreviewHref ? (
        <StaffNotice href={staffPreviewHref} />
      ) : (
        <>
          <Activity activity={content.activity} lessonId={lesson.id} nextHref={nextHref} />
          {!enrolled && (status === "anonymous" || status === "ready") && <PreviewNotice course={course} />}
        </>
      )}
      {enrolled && view.lesson.readable && <LessonViewTracker lessonId={lesson.id} />}
    </>
  );
}

function Activity({
  activity,
  lessonId,
  nextHref,
}: {
  activity: LessonActivity;
  lessonId: string;
  nextHref: string | null;
}) {
  const { view } = useLearner();
  const enrolled = view.enrolled;
  switch (activity.kind) {
    case "quiz":
      return (
        <QuizForm
          lessonId={lessonId}
          passPercent={activity.passPercent}
          questions={activity.questions}
          order={view.lesson.quizOrder}
          canSubmit={enrolled}
          lastAttempt={view.lesson.lastAttempt}
        />
      );
    case "exercise":
      return activity.exercise.type === "sql" ? (
        <SqlExerciseLoader
          lessonId={lessonId}
          exercise={activity.exercise}
          baseDataDir={activity.assets.pgliteBase}
          canSave={enrolled}
          completed={view.lesson.completed}
          saved={view.lesson.exercise}
        />
      ) : (
        <CodeExerciseLoader
          lessonId={lessonId}
          exercise={activity.exercise}
          pyodideURL={activity.assets.pyodide}
          baseDataDir={activity.assets.pgliteBase}
          canSave={enrolled}
          completed={view.lesson.completed}
          saved={view.lesson.exercise}
        />
      );
    case "broken-exercise":
      return (
        <p className="mt-8 text-sm text-rose-800 dark:text-rose-300">
          This exercise could not be loaded. Please tell us via the contact page.
        </p>
      );
    case "read":
      return enrolled ? (
        <MarkCompleteButton lessonId={lessonId} completed={view.lesson.completed} nextHref={nextHref} />
      ) : null;
  }
}

function LessonPlaceholder() {
  return (
    <div className="mt-8 space-y-3" role="status" aria-label="Loading the lesson">
      {[92, 100, 84, 96, 70].map((width) => (
        <div
          key={width}
          className="h-4 animate-pulse rounded bg-slate-200 dark:bg-slate-800"
          style={{ width: `${width}%` }}
        />
      ))}
    </div>
  );
}

function PreviewNotice({ course }: { course: LessonCourseInfo }) {
  const { view } = useLearner();
  return (
    <div className="mt-10 rounded-2xl border border-brand-200 bg-brand-50 p-6 dark:border-brand-800 dark:bg-brand-950/40">
      <p className="font-semibold text-slate-900 dark:text-white">You are reading a free preview of {course.title}.</p>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        Enrol to open all {course.totalLessons} lessons, save your progress and earn a certificate ({course.priceLabel}
        ).
      </p>
      <EnrolPanel cta={view.cta} courseSlug={course.slug} startHref={view.startHref} className="mt-4 max-w-xs" />
    </div>
  );
}

/** The course's own staff (not enrolled) try a lesson in the studio's preview, where nothing is recorded. */
function StaffNotice({ href }: { href: string }) {
  return (
    <div
      data-testid="staff-notice"
      className="mt-8 rounded-2xl border border-brand-200 bg-brand-50 p-6 dark:border-brand-800 dark:bg-brand-950/40"
    >
      <p className="font-semibold text-slate-900 dark:text-white">You teach this course.</p>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        Try this lesson as a learner sees it, quiz and exercises included; nothing you do there is recorded.
      </p>
      <Link
        href={href}
        className="mt-4 inline-flex items-center justify-center rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white hover:bg-brand-700 dark:bg-brand-500 dark:text-slate-950 dark:hover:bg-brand-400"
      >
        Preview as a learner
      </Link>
    </div>
  );
}

function LockedLesson({ course }: { course: LessonCourseInfo }) {
  const { view } = useLearner();
  const gated = view.enrolled;
  if (gated && view.lesson.opensAt) return <DrippedLesson opensAt={view.lesson.opensAt} />;
  return (
    <div className="mt-8 rounded-2xl border border-slate-200 bg-slate-50 p-8 text-center dark:border-slate-800 dark:bg-slate-900">
      <p className="text-lg font-semibold text-slate-900 dark:text-white">
        {gated ? "This lesson opens when you finish the ones before it." : "This lesson is part of the full course."}
      </p>
      <p className="mx-auto mt-2 max-w-md text-slate-600 dark:text-slate-400">
        {gated
          ? "This course is taken in order. Pick up where you left off and the next lessons unlock as you go."
          : `Enrol in ${course.title} (${course.priceLabel}) to read it, or try the free preview lessons.`}
      </p>
      <div className="mx-auto mt-6 max-w-xs">
        {gated && view.resumeHref ? (
          <Link
            href={view.resumeHref}
            className="inline-flex w-full items-center justify-center rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white hover:bg-brand-700 dark:bg-brand-500 dark:text-slate-950 dark:hover:bg-brand-400"
          >
            Continue where you left off
          </Link>
        ) : (
          <EnrolPanel cta={view.cta} courseSlug={course.slug} startHref={view.startHref} />
        )}
      </div>
    </div>
  );
}

/** A cohort course's lesson before its module's release: when it opens, in this device's zone. */
function DrippedLesson({ opensAt }: { opensAt: string }) {
  const when = new Date(opensAt);
  const text = new Intl.DateTimeFormat("en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(when);
  return (
    <div
      className="mt-8 rounded-2xl border border-slate-200 bg-slate-50 p-8 text-center dark:border-slate-800 dark:bg-slate-900"
      data-testid="lesson-opens"
    >
      <p className="text-lg font-semibold text-slate-900 dark:text-white">
        This lesson opens on <time dateTime={opensAt}>{text}</time>.
      </p>
      <p className="mx-auto mt-2 max-w-md text-slate-600 dark:text-slate-400">
        Your cohort&apos;s modules open week by week. We&apos;ll email you when this one opens.
      </p>
    </div>
  );
}
