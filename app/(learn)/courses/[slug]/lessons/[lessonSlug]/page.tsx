import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LessonQa } from "@/components/discussions/lesson-qa";
import { LearnerStateProvider } from "@/components/learner/learner-state";
import { SqlEngineWarmup } from "@/components/learn/exercises/sql-engine-warmup";
import { LessonMain, LessonStatusBadges, LessonToc } from "@/components/learn/lesson-personal";
import { LessonShortcuts } from "@/components/learn/lesson-shortcuts";
import { LessonSidebar } from "@/components/learn/lesson-sidebar";
import { Badge } from "@/components/ui/badge";
import { Container } from "@/components/ui/container";
import { flattenLessons, neighbours } from "@/lib/catalog/course-outline";
import { LESSON_KIND_LABEL, formatDuration, formatPrice } from "@/lib/catalog/labels";
import { getCourseOrNull, getLessonOrNull } from "@/lib/catalog/queries";
import { exerciseAssetUrls } from "@/lib/learning/exercise-assets";
import { getLessonContent } from "@/lib/learning/lesson-content";
import { anonymousLessonView } from "@/lib/learning/lesson-state";

// One cached page per lesson, made on its first request and remade in the background at most every five
// minutes: the same HTML for everyone. Who is reading (ticks, enrolment, lessons behind enrolment) is
// loaded in the browser from /api/learn/lesson-state, see LearnerStateProvider.
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams(): { slug: string; lessonSlug: string }[] {
  return [];
}

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
  // Only free-preview lessons put their content into the shared page; the rest comes with the learner's state.
  const publicContent = lesson.freePreview ? await getLessonContent(lesson) : null;
  const { previous, next } = neighbours(course.modules, lesson.slug);
  const href = (slug: string) => `/courses/${course.slug}/lessons/${slug}`;
  const moduleTitle = course.modules.find((m) => m.id === lesson.moduleId)?.title;
  const courseInfo = {
    slug: course.slug,
    title: course.title,
    priceLabel: formatPrice(course.priceCents, course.currency),
    totalLessons: flattenLessons(course.modules).length,
  };

  return (
    <LearnerStateProvider
      courseSlug={course.slug}
      lessonSlug={lesson.slug}
      lessonId={lesson.id}
      anonymous={anonymousLessonView(course, lesson.id)}
      publicContent={publicContent}
    >
      <Container className="grid gap-8 py-8 lg:grid-cols-[16rem_1fr] lg:gap-10 lg:py-10 xl:grid-cols-[16rem_1fr_12rem]">
        <aside aria-label="Course outline" className="lg:order-first">
          <div className="lg:sticky lg:top-24 lg:max-h-[calc(100dvh-7rem)] lg:overflow-y-auto lg:pr-2">
            <LessonSidebar course={course} currentSlug={lesson.slug} />
          </div>
        </aside>

        <article className="min-w-0">
          <p className="text-sm text-slate-600 dark:text-slate-400">{moduleTitle}</p>
          <h1 className="mt-1 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl dark:text-white">
            {lesson.title}
          </h1>
          <div className="mt-3 flex flex-wrap items-center gap-2">
            <Badge tone="brand">{LESSON_KIND_LABEL[lesson.kind]}</Badge>
            <Badge>{formatDuration(lesson.minutes)}</Badge>
            <LessonStatusBadges freePreview={lesson.freePreview} />
          </div>

          {lesson.kind === "SQL_EXERCISE" && (
            <SqlEngineWarmup baseDataDir={(await exerciseAssetUrls()).pgliteBase} freePreview={lesson.freePreview} />
          )}
          <LessonMain
            course={courseInfo}
            lesson={{ id: lesson.id, title: lesson.title }}
            nextHref={next ? href(next.slug) : null}
          />

          <nav
            aria-label="Lesson navigation"
            className="mt-12 flex flex-wrap justify-between gap-4 border-t border-slate-200 pt-6 dark:border-slate-800"
          >
            {previous ? (
              <Link rel="prev" href={href(previous.slug)} className="group max-w-[48%] text-sm">
                <span className="block text-slate-600 dark:text-slate-400">
                  ← Previous{" "}
                  <kbd className="ml-1 hidden rounded border border-slate-300 px-1 text-xs sm:inline dark:border-slate-600">
                    P
                  </kbd>
                </span>
                <span className="font-semibold text-slate-900 group-hover:text-brand-700 dark:text-white">
                  {previous.title}
                </span>
              </Link>
            ) : (
              <span />
            )}
            {next && (
              <Link rel="next" href={href(next.slug)} className="group max-w-[48%] text-right text-sm">
                <span className="block text-slate-600 dark:text-slate-400">
                  <kbd className="mr-1 hidden rounded border border-slate-300 px-1 text-xs sm:inline dark:border-slate-600">
                    N
                  </kbd>{" "}
                  Next →
                </span>
                <span className="font-semibold text-slate-900 group-hover:text-brand-700 dark:text-white">
                  {next.title}
                </span>
              </Link>
            )}
          </nav>
          {/* Questions load in the browser per view (JSON route): this cached page carries none of them. */}
          <LessonQa
            lessonId={lesson.id}
            courseSlug={course.slug}
            freePreview={lesson.freePreview}
            exercise={lesson.kind === "SQL_EXERCISE" || lesson.kind === "CODE_EXERCISE"}
          />
          <LessonShortcuts
            previousHref={previous ? href(previous.slug) : null}
            nextHref={next ? href(next.slug) : null}
          />
        </article>

        <aside aria-label="Lesson outline" className="hidden xl:block">
          <LessonToc />
        </aside>
      </Container>
    </LearnerStateProvider>
  );
}
