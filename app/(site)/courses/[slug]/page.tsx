import Link from "next/link";
import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { CourseEnrolment } from "@/components/catalog/course-personal";
import { CohortSeatAction } from "@/components/catalog/cohort-seat-action";
import { CohortSessionTimes } from "@/components/catalog/cohort-session-times";
import { cohortDates } from "@/lib/cohorts/format";
import { Syllabus } from "@/components/catalog/syllabus";
import { CourseReviews } from "@/components/reviews/course-reviews";
import { FaqList } from "@/components/site/faq-list";
import { FAQ, REFUND_POLICY } from "@/lib/catalog/faq";
import { Stars } from "@/components/reviews/stars";
import { CourseStateProvider } from "@/components/learner/learner-state";
import { Badge } from "@/components/ui/badge";
import { Container } from "@/components/ui/container";
import { flattenLessons, seatsLeft, totalMinutes } from "@/lib/catalog/course-outline";
import { FORMAT_LABEL, LEVEL_LABEL, TOPIC_LABEL, formatDuration, formatPrice } from "@/lib/catalog/labels";
import { getCourseOrNull } from "@/lib/catalog/queries";
import { renderMarkdownCached } from "@/lib/content/render-markdown";
import { env } from "@/lib/env";
import { anonymousCourseView } from "@/lib/learning/lesson-state";
import { getCourseReviews } from "@/lib/reviews/queries";
import { describeRating } from "@/lib/reviews/rules";
import { findCourseSlugRedirect } from "@/lib/studio/course-service";

type Props = { params: Promise<{ slug: string }> };

// The same cached HTML for every visitor, made on its first request and remade at most every minute (seats
// left change); the visitor's progress and call to action come from /api/learn/course-state in the browser.
export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams(): { slug: string }[] {
  return []; // nothing at build time: there is no database then
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const course = await getCourseOrNull((await params).slug);
  if (!course) return { title: "Course not found" };
  return {
    title: course.title,
    description: course.summary,
    alternates: { canonical: `/courses/${course.slug}` },
    openGraph: { title: course.title, description: course.summary, type: "website", url: `/courses/${course.slug}` },
    twitter: { card: "summary_large_image", title: course.title, description: course.summary },
  };
}

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

export default async function CoursePage({ params }: Props) {
  const { slug } = await params;
  const course = await getCourseOrNull(slug);
  if (!course) {
    // A course renamed in the studio keeps its old links.
    const moved = await findCourseSlugRedirect(slug);
    if (moved) permanentRedirect(`/courses/${moved}`);
    notFound();
  }
  const [description, reviews] = await Promise.all([
    renderMarkdownCached(`course:${course.id}:${course.updatedAt.getTime()}`, course.description),
    getCourseReviews(course.id),
  ]);
  const lessons = flattenLessons(course.modules);
  const firstPreview = lessons.find((l) => l.freePreview);
  const upcoming = course.cohorts.filter((c) => c.startsAt > new Date());
  const jsonLd = courseJsonLd(course, totalMinutes(course.modules));

  return (
    <CourseStateProvider courseSlug={course.slug} anonymous={anonymousCourseView(course)}>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <section className="border-b border-slate-200 bg-gradient-to-b from-brand-50 to-white dark:border-slate-800 dark:from-slate-900 dark:to-slate-950">
        <Container className="grid gap-10 py-14 lg:grid-cols-[1fr_20rem]">
          <div>
            <div className="flex flex-wrap gap-2">
              <Badge tone="brand">{TOPIC_LABEL[course.topic]}</Badge>
              <Badge>{LEVEL_LABEL[course.level]}</Badge>
              <Badge tone={course.format === "COHORT" ? "amber" : "neutral"}>{FORMAT_LABEL[course.format]}</Badge>
            </div>
            <h1 className="mt-4 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl dark:text-white">
              {course.title}
            </h1>
            <p className="mt-4 max-w-2xl text-lg leading-8 text-slate-600 dark:text-slate-300">{course.summary}</p>
            <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">
              Taught by{" "}
              <Link
                href={`/instructors/${course.instructor.id}`}
                className="font-semibold text-slate-900 underline-offset-2 hover:underline dark:text-white"
              >
                {course.instructor.name}
              </Link>
            </p>
            {reviews.summary && (
              <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
                <a href="#reviews" className="hover:underline">
                  <Stars rating={reviews.summary.average} label={describeRating(reviews.summary)} />{" "}
                  <span aria-hidden="true">
                    {reviews.summary.average.toFixed(1)} ({reviews.summary.count})
                  </span>
                </a>
              </p>
            )}
          </div>
          <aside
            aria-label="Enrolment"
            className="h-fit rounded-2xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900"
          >
            <p className="text-3xl font-bold text-slate-900 dark:text-white">
              {formatPrice(course.priceCents, course.currency)}
            </p>
            <dl className="mt-4 space-y-2 text-sm text-slate-600 dark:text-slate-400">
              <div className="flex justify-between">
                <dt>Lessons</dt>
                <dd className="font-medium text-slate-900 dark:text-slate-100">{lessons.length}</dd>
              </div>
              <div className="flex justify-between">
                <dt>Total time</dt>
                <dd className="font-medium text-slate-900 dark:text-slate-100">
                  {formatDuration(totalMinutes(course.modules))}
                </dd>
              </div>
              <div className="flex justify-between">
                <dt>Modules</dt>
                <dd className="font-medium text-slate-900 dark:text-slate-100">{course.modules.length}</dd>
              </div>
              {upcoming[0] && (
                <>
                  <div className="flex justify-between">
                    <dt>Next cohort</dt>
                    <dd className="font-medium text-slate-900 dark:text-slate-100">
                      {dateFormat.format(upcoming[0].startsAt)}
                    </dd>
                  </div>
                  <div className="flex justify-between">
                    <dt>Seats left</dt>
                    <dd className="font-medium text-slate-900 dark:text-slate-100">
                      {seatsLeft(upcoming[0])} of {upcoming[0].seats}
                    </dd>
                  </div>
                </>
              )}
            </dl>
            <CourseEnrolment
              courseSlug={course.slug}
              previewHref={firstPreview ? `/courses/${course.slug}/lessons/${firstPreview.slug}` : null}
            />
          </aside>
        </Container>
      </section>

      <Container className="grid gap-12 py-12 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-12">
          <section aria-labelledby="outcomes">
            <h2 id="outcomes" className="text-xl font-bold text-slate-900 dark:text-white">
              What you will be able to do
            </h2>
            <ul className="mt-4 grid gap-3 sm:grid-cols-2">
              {course.outcomes.map((outcome) => (
                <li key={outcome} className="flex gap-3 text-sm leading-6 text-slate-700 dark:text-slate-300">
                  <span aria-hidden="true" className="mt-0.5 text-emerald-600 dark:text-emerald-400">
                    ✓
                  </span>
                  {outcome}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="about">
            <h2 id="about" className="text-xl font-bold text-slate-900 dark:text-white">
              About this course
            </h2>
            <div
              className="prose mt-4 max-w-none prose-slate dark:prose-invert"
              dangerouslySetInnerHTML={{ __html: description.html }}
            />
          </section>
          <section aria-labelledby="syllabus">
            <h2 id="syllabus" className="text-xl font-bold text-slate-900 dark:text-white">
              Syllabus
            </h2>
            <div className="mt-4">
              <Syllabus course={course} />
            </div>
          </section>
          <CourseReviews courseSlug={course.slug} summary={reviews.summary} reviews={reviews.reviews} />
          <section aria-labelledby="faq">
            <h2 id="faq" className="text-xl font-bold text-slate-900 dark:text-white">
              Questions and answers
            </h2>
            {course.priceCents > 0 && (
              <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
                <span className="font-semibold">Refund policy:</span> {REFUND_POLICY.answer}
              </p>
            )}
            <div className="mt-4">
              <FaqList entries={FAQ.filter((entry) => entry !== REFUND_POLICY).slice(0, 5)} />
            </div>
          </section>
        </div>
        {upcoming.length > 0 && (
          <aside aria-labelledby="cohorts" className="h-fit">
            <h2 id="cohorts" className="text-xl font-bold text-slate-900 dark:text-white">
              Upcoming cohorts
            </h2>
            <ul className="mt-4 space-y-3">
              {upcoming.map((cohort) => {
                const left = seatsLeft(cohort);
                const nextOpen =
                  left === 0 ? upcoming.find((c) => c.startsAt > cohort.startsAt && seatsLeft(c) > 0) : null;
                return (
                  <li key={cohort.id} className="rounded-xl border border-slate-200 p-4 text-sm dark:border-slate-800">
                    <p className="font-semibold text-slate-900 dark:text-white">{cohort.title}</p>
                    <p className="mt-1 text-slate-600 dark:text-slate-400">
                      {cohortDates(cohort.startsAt, cohort.endsAt, cohort.timeZone)}
                    </p>
                    <CohortSessionTimes
                      cohortZone={cohort.timeZone}
                      sessions={cohort.sessions.map((session) => ({
                        startsAt: session.startsAt.toISOString(),
                        endsAt: session.endsAt.toISOString(),
                      }))}
                    />
                    <p className="mt-1 text-slate-600 dark:text-slate-400">
                      {left === 0 ? "Sold out" : `${left} of ${cohort.seats} seats left`} · times in{" "}
                      {cohort.timeZone.replace(/_/g, " ")}
                    </p>
                    {nextOpen ? (
                      <p className="mt-1 text-slate-700 dark:text-slate-300">
                        Seats are still open in the {nextOpen.title}.
                      </p>
                    ) : null}
                    <CohortSeatAction
                      courseSlug={course.slug}
                      cohortId={cohort.id}
                      cohortTitle={cohort.title}
                      seatsLeft={left}
                      priceLabel={formatPrice(course.priceCents, course.currency)}
                    />
                  </li>
                );
              })}
            </ul>
          </aside>
        )}
      </Container>
    </CourseStateProvider>
  );
}

/** schema.org Course, escaped so no "</script>" can close the tag early. */
function courseJsonLd(course: NonNullable<Awaited<ReturnType<typeof getCourseOrNull>>>, minutes: number): string {
  const url = new URL(`/courses/${course.slug}`, env().APP_URL).toString();
  const data = {
    "@context": "https://schema.org",
    "@type": "Course",
    name: course.title,
    description: course.summary,
    url,
    provider: { "@type": "Organization", name: "Backend Academy", url: env().APP_URL },
    instructor: { "@type": "Person", name: course.instructor.name },
    educationalLevel: LEVEL_LABEL[course.level],
    teaches: course.outcomes,
    isAccessibleForFree: course.priceCents === 0,
    offers: {
      "@type": "Offer",
      category: course.priceCents === 0 ? "Free" : "Paid",
      price: (course.priceCents / 100).toFixed(2),
      priceCurrency: course.currency.toUpperCase(),
    },
    hasCourseInstance: [
      course.format === "COHORT"
        ? course.cohorts.map((c) => ({
            "@type": "CourseInstance",
            courseMode: "Online",
            name: c.title,
            startDate: c.startsAt.toISOString(),
            endDate: c.endsAt.toISOString(),
          }))
        : [{ "@type": "CourseInstance", courseMode: "Online", courseWorkload: `PT${minutes}M` }],
    ].flat(),
  };
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
