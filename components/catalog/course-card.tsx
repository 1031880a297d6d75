import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { FORMAT_LABEL, LEVEL_LABEL, TOPIC_LABEL, formatDuration, formatPrice } from "@/lib/catalog/labels";
import type { CourseCardData, SearchMatch } from "@/lib/catalog/queries";
import { splitHighlight } from "@/lib/catalog/search-query";
import { describeRating } from "@/lib/reviews/rules";
import { Stars } from "@/components/reviews/stars";

function Highlighted({ text }: { text: string }) {
  return (
    <>
      {splitHighlight(text).map((part, i) =>
        part.match ? (
          <mark key={i} className="rounded bg-amber-100 px-0.5 text-slate-900 dark:bg-amber-400/30 dark:text-amber-50">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

const TOPIC_ACCENT: Record<CourseCardData["topic"], string> = {
  APIS: "from-sky-500 to-brand-600",
  DATABASES: "from-emerald-500 to-teal-700",
  SECURITY: "from-rose-500 to-orange-600",
  PERFORMANCE: "from-amber-500 to-orange-600",
  CLOUD: "from-cyan-500 to-blue-700",
  CAREER: "from-violet-500 to-fuchsia-700",
};

export function CourseCard({ course, match = null }: { course: CourseCardData; match?: SearchMatch | null }) {
  return (
    <article className="group relative flex flex-col overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-sm transition hover:-translate-y-0.5 hover:shadow-md dark:border-slate-800 dark:bg-slate-900">
      <div className={`h-2 bg-gradient-to-r ${TOPIC_ACCENT[course.topic]}`} aria-hidden="true" />
      <div className="flex flex-1 flex-col gap-4 p-6">
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone="brand">{TOPIC_LABEL[course.topic]}</Badge>
          <Badge>{LEVEL_LABEL[course.level]}</Badge>
          {course.format === "COHORT" && <Badge tone="amber">{FORMAT_LABEL.COHORT}</Badge>}
        </div>
        <h3 className="text-lg leading-snug font-semibold text-slate-900 dark:text-white">
          <Link href={`/courses/${course.slug}`} className="after:absolute after:inset-0 focus:outline-none">
            {match ? <Highlighted text={match.titleHighlight} /> : course.title}
          </Link>
        </h3>
        {course.rating && (
          <p className="-mt-2 text-sm text-slate-600 dark:text-slate-400">
            <Stars rating={course.rating.average} label={describeRating(course.rating)} />{" "}
            <span aria-hidden="true">
              {course.rating.average.toFixed(1)} ({course.rating.count})
            </span>
          </p>
        )}
        <p className="flex-1 text-sm leading-6 text-slate-600 dark:text-slate-400">
          {match ? <Highlighted text={match.summaryHighlight} /> : course.summary}
        </p>
        {match?.lessonTitle && match.lessonSlug && (
          <div className="relative z-10 rounded-lg bg-slate-50 px-3 py-2 text-sm dark:bg-slate-800/60">
            <p className="font-medium text-slate-800 dark:text-slate-200">
              In lesson:{" "}
              <Link
                href={`/courses/${course.slug}/lessons/${match.lessonSlug}`}
                className="text-brand-700 underline-offset-2 hover:underline dark:text-brand-300"
              >
                <Highlighted text={match.lessonTitleHighlight ?? match.lessonTitle} />
              </Link>
            </p>
            {match.lessonHighlight && (
              <p className="mt-1 line-clamp-3 text-slate-600 dark:text-slate-400">
                …<Highlighted text={match.lessonHighlight} />…
              </p>
            )}
          </div>
        )}
        <dl className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 border-t border-slate-100 pt-4 text-sm dark:border-slate-800">
          <div className="flex gap-3 text-slate-600 dark:text-slate-400">
            <dt className="sr-only">Lessons</dt>
            <dd>{course.lessonCount} lessons</dd>
            <dt className="sr-only">Duration</dt>
            <dd>{formatDuration(course.totalMinutes)}</dd>
          </div>
          <dt className="sr-only">Price</dt>
          <dd
            className={
              course.priceCents === 0
                ? "font-semibold text-emerald-700 dark:text-emerald-400"
                : "font-semibold text-slate-900 dark:text-white"
            }
          >
            {formatPrice(course.priceCents, course.currency)}
          </dd>
        </dl>
      </div>
    </article>
  );
}
