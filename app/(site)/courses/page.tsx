import type { Metadata } from "next";
import { CatalogFilters } from "@/components/catalog/catalog-filters";
import { CourseCard } from "@/components/catalog/course-card";
import { Container } from "@/components/ui/container";
import { listCatalogCourses } from "@/lib/catalog/queries";
import { parseCatalogFilter } from "@/lib/catalog/schema";

export const metadata: Metadata = {
  title: "Courses",
  description: "Backend engineering courses: APIs, databases, security, performance and careers.",
  alternates: { canonical: "/courses" },
};

export default async function CatalogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filter = parseCatalogFilter(await searchParams);
  const courses = await listCatalogCourses(filter);
  return (
    <Container className="py-12">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">Courses</h1>
      <p className="mt-2 max-w-2xl text-slate-600 dark:text-slate-400">Every course mixes reading, quizzes and hands-on exercises. Free courses need only an account.</p>
      <div className="mt-8">
        <CatalogFilters filter={filter} />
      </div>
      <p className="mt-8 text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
        {courses.length === 1 ? "1 course" : `${courses.length} courses`}
        {filter.q ? ` matching “${filter.q}”` : ""}
      </p>
      {courses.length > 0 ? (
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
