import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LessonSidebar } from "@/components/learn/lesson-sidebar";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { canReadLesson, neighbours } from "@/lib/catalog/course-outline";
import { LESSON_KIND_LABEL, formatDuration, formatPrice } from "@/lib/catalog/labels";
import { getCourseOrNull, getLessonOrNull } from "@/lib/catalog/queries";
import { renderMarkdownCached } from "@/lib/content/render-markdown";

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
  return { title: `${found.lesson.title} — ${found.course.title}`, description: found.course.summary };
}

export default async function LessonPage({ params }: Props) {
  const found = await load(params);
  if (!found) notFound();
  const { course, lesson } = found;
  const readable = canReadLesson(course, lesson, false);
  const rendered = readable ? await renderMarkdownCached(`lesson:${lesson.id}:${lesson.version}`, lesson.body) : null;
  const { previous, next } = neighbours(course.modules, lesson.slug);
  const moduleTitle = course.modules.find((m) => m.id === lesson.moduleId)?.title;

  return (
    <Container className="grid gap-10 py-10 lg:grid-cols-[16rem_1fr] xl:grid-cols-[16rem_1fr_12rem]">
      <aside className="order-last lg:order-first">
        <div className="lg:sticky lg:top-24 lg:max-h-[calc(100dvh-7rem)] lg:overflow-y-auto">
          <LessonSidebar course={course} currentSlug={lesson.slug} />
        </div>
      </aside>

      <article className="min-w-0">
        <p className="text-sm text-slate-600 dark:text-slate-400">{moduleTitle}</p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight text-slate-900 dark:text-white">{lesson.title}</h1>
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <Badge tone="brand">{LESSON_KIND_LABEL[lesson.kind]}</Badge>
          <Badge>{formatDuration(lesson.minutes)}</Badge>
          {course.priceCents > 0 && lesson.freePreview && <Badge tone="green">Free preview</Badge>}
        </div>

        {rendered ? (
          <div className="prose prose-slate mt-8 max-w-none dark:prose-invert prose-headings:scroll-mt-24 prose-a:text-brand-700 dark:prose-a:text-brand-300" dangerouslySetInnerHTML={{ __html: rendered.html }} />
        ) : (
          <div className="mt-8 rounded-2xl border border-slate-200 bg-slate-50 p-8 text-center dark:border-slate-800 dark:bg-slate-900">
            <p className="text-lg font-semibold text-slate-900 dark:text-white">This lesson is part of the full course.</p>
            <p className="mt-2 text-slate-600 dark:text-slate-400">
              Enrol in {course.title} ({formatPrice(course.priceCents, course.currency)}) to read it, or try the free preview lessons.
            </p>
            <ButtonLink href={`/courses/${course.slug}`} className="mt-6">
              See enrolment options
            </ButtonLink>
          </div>
        )}

        <nav aria-label="Lesson navigation" className="mt-12 flex flex-wrap justify-between gap-4 border-t border-slate-200 pt-6 dark:border-slate-800">
          {previous ? (
            <Link rel="prev" href={`/courses/${course.slug}/lessons/${previous.slug}`} className="group max-w-[48%] text-sm">
              <span className="block text-slate-500 dark:text-slate-400">← Previous</span>
              <span className="font-semibold text-slate-900 group-hover:text-brand-700 dark:text-white">{previous.title}</span>
            </Link>
          ) : (
            <span />
          )}
          {next && (
            <Link rel="next" href={`/courses/${course.slug}/lessons/${next.slug}`} className="group max-w-[48%] text-right text-sm">
              <span className="block text-slate-500 dark:text-slate-400">Next →</span>
              <span className="font-semibold text-slate-900 group-hover:text-brand-700 dark:text-white">{next.title}</span>
            </Link>
          )}
        </nav>
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
