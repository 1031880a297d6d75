import type { Metadata } from "next";
import { CatalogFilters, type FilterOptions } from "@/components/catalog/catalog-filters";
import { CatalogTabs } from "@/components/catalog/catalog-tabs";
import { CourseCard } from "@/components/catalog/course-card";
import { Container } from "@/components/ui/container";
import { FORMAT_LABEL, LEVEL_LABEL, TOPIC_LABEL } from "@/lib/catalog/labels";
import { headers } from "next/headers";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { keepOutOfSharedCaches } from "@/lib/http/shared-cache-veto";
import { searchCatalogAs, listTopicCounts } from "@/lib/catalog/queries";
import { tooManyAttemptsMessage } from "@/lib/security/rate-limit-policy";
import { SORT_LABEL, parseCatalogFilter, type CatalogFilter } from "@/lib/catalog/schema";

export const metadata: Metadata = {
  title: "Courses",
  description: "Backend engineering courses: APIs, databases, security, performance and careers.",
  alternates: { canonical: "/courses" },
};

export default async function CatalogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const filter = parseCatalogFilter(await searchParams);
  // The address is read only for searches: the plain listing stays the same for everyone (and shareable).
  const clientKey = filter.q ? clientIpFrom(await headers()) : "";
  const [answer, topics] = await Promise.all([searchCatalogAs(clientKey, filter), listTopicCounts()]);
  // "Search paused" is this visitor's answer, not the search's: no shared cache may hand it to others.
  if (!answer.ok) keepOutOfSharedCaches();
  const courses = answer.ok ? answer.courses : [];
  const options = filterOptions(filter, new Set(topics.map((t) => t.topic)));
  return (
    <Container className="py-12">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">Courses</h1>
      <p className="mt-2 max-w-2xl text-slate-600 dark:text-slate-400">
        Every course mixes reading, quizzes and hands-on exercises. Free courses need only an account.
      </p>
      <CatalogTabs current="/courses" />
      <div className="mt-6">
        <CatalogFilters filter={filter} options={options} />
      </div>
      <h2 className="mt-8 text-sm font-normal text-slate-600 dark:text-slate-400" aria-live="polite">
        {!answer.ok ? "Search paused" : courses.length === 1 ? "1 course" : `${courses.length} courses`}
        {answer.ok && filter.q ? ` matching “${filter.q}”` : ""}
      </h2>
      {!answer.ok ? (
        <div
          role="alert"
          className="mt-4 rounded-2xl border border-amber-300 bg-amber-50 p-6 text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
        >
          <p className="font-semibold">You have searched a lot in a short time.</p>
          <p className="mt-1 text-sm">
            {tooManyAttemptsMessage(answer.retryAfterSeconds).replace("Too many attempts. ", "")} Browsing the catalogue
            and its filters still works.
          </p>
        </div>
      ) : courses.length > 0 ? (
        <div className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
          {courses.map((course) => (
            <CourseCard key={course.slug} course={course} match={course.match} />
          ))}
        </div>
      ) : (
        <div className="mt-4 rounded-2xl border border-dashed border-slate-300 p-10 text-center dark:border-slate-700">
          <p className="font-semibold text-slate-900 dark:text-white">No course matches these filters.</p>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Try fewer filters or a shorter search term.</p>
        </div>
      )}
    </Container>
  );
}

/** Only topics with published courses are offered (and the one already chosen, so the form shows it). */
function filterOptions(filter: CatalogFilter, topicsWithCourses: ReadonlySet<string>): FilterOptions {
  return {
    topic: Object.entries(TOPIC_LABEL).filter(([topic]) => topicsWithCourses.has(topic) || topic === filter.topic),
    level: Object.entries(LEVEL_LABEL),
    price: [
      ["free", "Free"],
      ["paid", "Paid"],
    ],
    format: Object.entries(FORMAT_LABEL),
    sort: Object.entries(SORT_LABEL).filter(([key]) => key !== "relevance"),
  };
}
