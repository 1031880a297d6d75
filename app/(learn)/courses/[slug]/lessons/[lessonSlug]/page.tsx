import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EnrolPanel } from "@/components/catalog/enrol-panel";
import { CodeExerciseLoader, SqlExerciseLoader } from "@/components/learn/exercises/exercise-loader";
import { LessonShortcuts } from "@/components/learn/lesson-shortcuts";
import { LessonSidebar } from "@/components/learn/lesson-sidebar";
import { LessonViewTracker } from "@/components/learn/lesson-view-tracker";
import { MarkCompleteButton } from "@/components/learn/mark-complete-button";
import { QuizForm } from "@/components/learn/quiz-form";
import { VideoPlayer } from "@/components/learn/video-player";
import { Badge } from "@/components/ui/badge";
import { Container } from "@/components/ui/container";
import { getCurrentUser } from "@/lib/auth/session";
import { flattenLessons, neighbours } from "@/lib/catalog/course-outline";
import { LESSON_KIND_LABEL, formatDuration, formatPrice } from "@/lib/catalog/labels";
import { getCourseOrNull, getLessonOrNull, type CourseDetail, type LessonDetail } from "@/lib/catalog/queries";
import { renderMarkdownCached } from "@/lib/content/render-markdown";
import { buildCourseView, type CourseView } from "@/lib/learning/course-view";
import { EMPTY_LEARNER_STATE, getLearnerCourseState, getLessonState } from "@/lib/learning/queries";
import { getQuizView } from "@/lib/learning/quiz-view";
import { parseLessonExercise } from "@/lib/learning/schema";

type Props = { params: Promise<{ slug: string; lessonSlug: string }> };

async function load(params: Props["params"]) {
  const { slug, lessonSlug } = await params;
  const course = await getCourseOrNull(slug);
  if (!course) return null;
  const lesson = await getLessonOrNull(course.id, lessonSlug);
  return lesson ? { course, lesson } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  if (!found) return { title: "Lesson not found" };
  const { course, lesson } = found;
  return {
    title: `${lesson.title} — ${course.title}`,
    description: course.summary,
    alternates: { canonical: `/courses/${course.slug}/lessons/${lesson.slug}` },
    // Only free-preview lessons are worth indexing; the rest shows an enrolment prompt to crawlers.
    robots: lesson.freePreview ? undefined : { index: false, follow: true },
  };
}

export default async function LessonPage({ params }: Props) {
  const found = await load(params);
  if (!found) notFound();
  const { course, lesson } = found;
  const user = await getCurrentUser();
  // Anonymous visitors cost no query beyond the cached course and lesson; signed-in ones one more.
  const state = user ? await getLearnerCourseState(user.id, course.id) : EMPTY_LEARNER_STATE;
  const view = buildCourseView(course, state, Boolean(user));
  const readable = view.readableIds.has(lesson.id);
  const rendered = readable ? await renderMarkdownCached(`lesson:${lesson.id}:${lesson.version}`, lesson.body) : null;
  const { previous, next } = neighbours(course.modules, lesson.slug);
  const href = (slug: string) => `/courses/${course.slug}/lessons/${slug}`;
  const moduleTitle = course.modules.find((m) => m.id === lesson.moduleId)?.title;
  const completed = view.completedIds.has(lesson.id);

  return (
    <Container className="grid gap-8 py-8 lg:grid-cols-[16rem_1fr] lg:gap-10 lg:py-10 xl:grid-cols-[16rem_1fr_12rem]">
      <aside className="lg:order-first">
        <div className="lg:sticky lg:top-24 lg:max-h-[calc(100dvh-7rem)] lg:overflow-y-auto lg:pr-2">
          <LessonSidebar course={course} currentSlug={lesson.slug} completedIds={view.completedIds} readableIds={view.readableIds} percent={view.percent} />
        </div>
      </aside>

      <article className="min-w-0">
        <p className="text-sm text-slate-600 dark:text-slate-400">{moduleTitle}</p>
        <h1 className="mt-1 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl dark:text-white">{lesson.title}</h1>
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <Badge tone="brand">{LESSON_KIND_LABEL[lesson.kind]}</Badge>
          <Badge>{formatDuration(lesson.minutes)}</Badge>
          {lesson.freePreview && !view.enrolled && <Badge tone="green">Free preview</Badge>}
          {completed && <Badge tone="green">✓ Completed</Badge>}
        </div>

        {rendered ? (
          <>
            {lesson.kind === "VIDEO" && lesson.videoUrl && <LessonVideo lesson={lesson} userId={user?.id ?? null} canSave={view.enrolled} />}
            <div className="prose prose-slate mt-8 max-w-none dark:prose-invert prose-headings:scroll-mt-24 prose-a:text-brand-700 dark:prose-a:text-brand-300" dangerouslySetInnerHTML={{ __html: rendered.html }} />
            <LessonActivity lesson={lesson} view={view} userId={user?.id ?? null} completed={completed} nextHref={next ? href(next.slug) : null} />
            {!view.enrolled && <PreviewNotice course={course} view={view} />}
          </>
        ) : (
          <LockedLesson course={course} view={view} />
        )}

        <nav aria-label="Lesson navigation" className="mt-12 flex flex-wrap justify-between gap-4 border-t border-slate-200 pt-6 dark:border-slate-800">
          {previous ? (
            <Link rel="prev" href={href(previous.slug)} className="group max-w-[48%] text-sm">
              <span className="block text-slate-600 dark:text-slate-400">← Previous <kbd className="ml-1 hidden rounded border border-slate-300 px-1 text-xs sm:inline dark:border-slate-600">P</kbd></span>
              <span className="font-semibold text-slate-900 group-hover:text-brand-700 dark:text-white">{previous.title}</span>
            </Link>
          ) : (
            <span />
          )}
          {next && (
            <Link rel="next" href={href(next.slug)} className="group max-w-[48%] text-right text-sm">
              <span className="block text-slate-600 dark:text-slate-400"><kbd className="mr-1 hidden rounded border border-slate-300 px-1 text-xs sm:inline dark:border-slate-600">N</kbd> Next →</span>
              <span className="font-semibold text-slate-900 group-hover:text-brand-700 dark:text-white">{next.title}</span>
            </Link>
          )}
        </nav>
        <LessonShortcuts previousHref={previous ? href(previous.slug) : null} nextHref={next ? href(next.slug) : null} />
        {user && view.enrolled && readable && <LessonViewTracker lessonId={lesson.id} />}
      </article>

      {rendered && rendered.toc.length > 1 && (
        <aside className="hidden xl:block">
          <nav aria-label="On this page" className="sticky top-24 text-sm">
            <p className="font-semibold text-slate-900 dark:text-white">On this page</p>
            <ul className="mt-3 space-y-2">
              {rendered.toc.map((entry) => (
                <li key={entry.id} className={entry.depth === 3 ? "pl-3" : undefined}>
                  <a href={`#${entry.id}`} className="text-slate-600 hover:text-brand-700 dark:text-slate-400 dark:hover:text-brand-300">
                    {entry.text}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </aside>
      )}
    </Container>
  );
}

async function LessonVideo({ lesson, userId, canSave }: { lesson: LessonDetail; userId: string | null; canSave: boolean }) {
  const saved = userId && canSave ? await getLessonState(userId, lesson.id) : null;
  return <VideoPlayer lessonId={lesson.id} title={lesson.title} url={lesson.videoUrl!} captionsUrl={lesson.captionsUrl} startSeconds={saved?.videoSeconds ?? 0} canSave={canSave} />;
}

async function LessonActivity({ lesson, view, userId, completed, nextHref }: { lesson: LessonDetail; view: CourseView; userId: string | null; completed: boolean; nextHref: string | null }) {
  if (lesson.kind === "QUIZ") {
    const [questions, lessonState] = await Promise.all([getQuizView(lesson.id, lesson.version), userId && view.enrolled ? getLessonState(userId, lesson.id) : null]);
    return <QuizForm lessonId={lesson.id} passPercent={lesson.quizPassPercent ?? 70} questions={questions} canSubmit={view.enrolled} lastAttempt={lessonState?.lastAttempt ?? null} />;
  }
  if (lesson.kind === "SQL_EXERCISE" || lesson.kind === "CODE_EXERCISE") {
    const exercise = parseLessonExercise(lesson.exercise);
    if (!exercise) return <p className="mt-8 text-sm text-rose-800 dark:text-rose-300">This exercise could not be loaded. Please tell us via the contact page.</p>;
    return exercise.type === "sql" ? (
      <SqlExerciseLoader lessonId={lesson.id} exercise={exercise} canSave={view.enrolled} completed={completed} />
    ) : (
      <CodeExerciseLoader lessonId={lesson.id} exercise={exercise} canSave={view.enrolled} completed={completed} />
    );
  }
  return view.enrolled ? <MarkCompleteButton lessonId={lesson.id} completed={completed} nextHref={nextHref} /> : null;
}

function PreviewNotice({ course, view }: { course: CourseDetail; view: CourseView }) {
  const total = flattenLessons(course.modules).length;
  return (
    <div className="mt-10 rounded-2xl border border-brand-200 bg-brand-50 p-6 dark:border-brand-800 dark:bg-brand-950/40">
      <p className="font-semibold text-slate-900 dark:text-white">You are reading a free preview of {course.title}.</p>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        Enrol to open all {total} lessons, save your progress and earn a certificate ({formatPrice(course.priceCents, course.currency)}).
      </p>
      <EnrolPanel cta={view.cta} courseSlug={course.slug} startHref={view.startHref} className="mt-4 max-w-xs" />
    </div>
  );
}

function LockedLesson({ course, view }: { course: CourseDetail; view: CourseView }) {
  const gated = view.enrolled;
  return (
    <div className="mt-8 rounded-2xl border border-slate-200 bg-slate-50 p-8 text-center dark:border-slate-800 dark:bg-slate-900">
      <p className="text-lg font-semibold text-slate-900 dark:text-white">{gated ? "This lesson opens when you finish the ones before it." : "This lesson is part of the full course."}</p>
      <p className="mx-auto mt-2 max-w-md text-slate-600 dark:text-slate-400">
        {gated
          ? "This course is taken in order. Pick up where you left off and the next lessons unlock as you go."
          : `Enrol in ${course.title} (${formatPrice(course.priceCents, course.currency)}) to read it, or try the free preview lessons.`}
      </p>
      <div className="mx-auto mt-6 max-w-xs">
        {gated && view.resumeHref ? (
          <Link href={view.resumeHref} className="inline-flex w-full items-center justify-center rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white hover:bg-brand-700 dark:bg-brand-500 dark:text-slate-950">
            Continue where you left off
          </Link>
        ) : (
          <EnrolPanel cta={view.cta} courseSlug={course.slug} startHref={view.startHref} />
        )}
      </div>
    </div>
  );
}
