import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { CourseAnalyticsView } from "@/components/studio/analytics/course-analytics-view";
import { Container } from "@/components/ui/container";
import { isAuthError } from "@/lib/auth/errors";
import { getUserWithRoleOrRedirect } from "@/lib/auth/session";
import { getCourseAnalytics } from "@/lib/studio/analytics-service";

export const metadata: Metadata = { title: "Analytics · Studio" };

type Props = { params: Promise<{ courseId: string }> };

export default async function CourseAnalyticsPage({ params }: Props) {
  const { courseId } = await params;
  const { user, allowed } = await getUserWithRoleOrRedirect(
    `/studio/courses/${courseId}/analytics`,
    "INSTRUCTOR",
    "ADMIN",
  );
  if (!allowed) forbidden();
  const data = await getCourseAnalytics(user, courseId).catch((error: unknown) => {
    if (isAuthError(error)) return null;
    throw error;
  });
  if (!data) notFound();
  return (
    <Container className="py-10 sm:py-14">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
        <Link href="/studio" className="underline-offset-4 hover:underline">
          Studio
        </Link>{" "}
        /{" "}
        <Link href={`/studio/courses/${courseId}`} className="underline-offset-4 hover:underline">
          {data.title}
        </Link>{" "}
        / <span>Analytics</span>
      </nav>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900 dark:text-white">Analytics</h1>
      <p className="mt-1 mb-6 text-sm text-slate-700 dark:text-slate-300">
        {data.title}: how learners move through the course. Weeks start on Monday (UTC).
      </p>
      <CourseAnalyticsView data={data} />
    </Container>
  );
}
