import type { Metadata } from "next";
import Link from "next/link";
import { CatalogTabs } from "@/components/catalog/catalog-tabs";
import { Badge } from "@/components/ui/badge";
import { Container } from "@/components/ui/container";
import { LEVEL_LABEL, formatDuration, formatPrice } from "@/lib/catalog/labels";
import { listCatalogCourses } from "@/lib/catalog/queries";
import { TRACKS, coursesOutsideTracks, pathTotals, resolveTracks } from "@/lib/catalog/tracks";

// Per request like every page the proxy sees (its scripts carry the request's CSP nonce); the courses are memoised.
export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Suggested order",
  description: "A suggested order through every Backend Academy course, from your first API to architect.",
  alternates: { canonical: "/tracks" },
};

export default async function TracksPage() {
  const courses = await listCatalogCourses({});
  const tracks = resolveTracks(TRACKS, courses);
  const others = coursesOutsideTracks(TRACKS, courses);
  let next = tracks.flatMap((t) => t.steps).length;
  const sections = [
    ...tracks,
    ...(others.length
      ? [
          {
            slug: "more",
            title: "More courses",
            why: "Newly published: take them whenever they fit.",
            steps: others.map((course) => ({ step: ++next, course })),
          },
        ]
      : []),
  ];
  const total = pathTotals(sections);
  return (
    <Container className="py-12">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">Courses</h1>
      <p className="mt-2 max-w-2xl text-slate-600 dark:text-slate-400">
        Not sure where to start? Take the courses in this order: each builds on the ones before it.
      </p>
      {total.courses > 0 && (
        <p className="mt-2 max-w-2xl text-slate-600 dark:text-slate-400">
          The whole path, from your first request to your first backend job: {total.courses} courses, about{" "}
          {Math.round(total.minutes / 60)} hours of lessons, exercises and quizzes.
        </p>
      )}
      <CatalogTabs current="/tracks" />
      <ol className="mt-10 space-y-12">
        {sections.map((track) => (
          <li key={track.slug}>
            <h2 id={`track-${track.slug}`} className="text-xl font-bold text-slate-900 dark:text-white">
              {track.title}
            </h2>
            <p className="mt-1 max-w-2xl text-sm text-slate-600 dark:text-slate-400">{track.why}</p>
            <ol className="mt-4 space-y-3">
              {track.steps.map(({ step, course }) => (
                <li
                  key={course.slug}
                  className="flex gap-4 rounded-2xl border border-slate-200 p-4 dark:border-slate-800"
                >
                  <span
                    aria-hidden="true"
                    className="flex size-9 shrink-0 items-center justify-center rounded-full bg-brand-600 font-bold text-white dark:bg-brand-500 dark:text-slate-950"
                  >
                    {step}
                  </span>
                  <div className="min-w-0">
                    <h3 className="font-semibold text-slate-900 dark:text-white">
                      <span className="sr-only">Step {step}: </span>
                      <Link href={`/courses/${course.slug}`} className="hover:text-brand-700 dark:hover:text-brand-300">
                        {course.title}
                      </Link>
                    </h3>
                    <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{course.summary}</p>
                    <div className="mt-2 flex flex-wrap gap-2">
                      <Badge>{LEVEL_LABEL[course.level]}</Badge>
                      <Badge>{formatDuration(course.totalMinutes)}</Badge>
                      <Badge tone={course.priceCents === 0 ? "green" : "neutral"}>
                        {formatPrice(course.priceCents, course.currency)}
                      </Badge>
                    </div>
                  </div>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </Container>
  );
}
