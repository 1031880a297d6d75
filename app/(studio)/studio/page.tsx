import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { CreateCourseForm } from "@/components/studio/create-course-form";
import { StatusBadge } from "@/components/studio/status-badge";
import { Container } from "@/components/ui/container";
import { getUserWithRoleOrRedirect } from "@/lib/auth/session";
import { createCourseAction } from "@/lib/studio/actions";
import { listStudioCourses } from "@/lib/studio/queries";

export const metadata: Metadata = { title: "Studio" };

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

export default async function StudioPage() {
  const { user, allowed } = await getUserWithRoleOrRedirect("/studio", "INSTRUCTOR", "ADMIN");
  if (!allowed) forbidden();
  const courses = await listStudioCourses(user);
  return (
    <Container className="py-10 sm:py-14">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">Studio</h1>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        {user.role === "ADMIN" ? "Every course on the platform." : "The courses you own or co-teach."} Drafts stay
        private until you publish.
      </p>
      <div className="mt-6 flex flex-wrap items-end justify-between gap-4">
        <CreateCourseForm action={createCourseAction} />
        <Link
          href="/studio/questions"
          className="text-sm font-semibold text-brand-700 underline-offset-4 hover:underline dark:text-brand-300"
        >
          Unanswered questions
        </Link>
        <Link
          href="/studio/import"
          className="text-sm font-semibold text-brand-700 underline-offset-4 hover:underline dark:text-brand-300"
        >
          Import a course from a zip
        </Link>
        <Link
          href="/developers/webhooks"
          className="text-sm font-semibold text-brand-700 underline-offset-4 hover:underline dark:text-brand-300"
        >
          Webhooks
        </Link>
      </div>
      <h2 className="mt-10 text-lg font-semibold text-slate-900 dark:text-white">My courses</h2>
      {courses.length === 0 ? (
        <p className="mt-4 rounded-2xl border border-dashed border-slate-300 p-10 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
          No courses yet. Give your first one a title above.
        </p>
      ) : (
        <div className="mt-4 overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <caption className="sr-only">My courses</caption>
            <thead className="border-b border-slate-200 text-slate-600 dark:border-slate-800 dark:text-slate-400">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">
                  Course
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Status
                </th>
                <th scope="col" className="px-4 py-3 text-right font-medium">
                  Enrolments
                </th>
                <th scope="col" className="px-4 py-3 text-right font-medium">
                  Completion
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Last edit (UTC)
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
              {courses.map((course) => (
                <tr key={course.id}>
                  <th scope="row" className="px-4 py-3 font-medium">
                    <Link
                      href={`/studio/courses/${course.id}`}
                      className="text-slate-900 underline-offset-4 hover:underline dark:text-white"
                    >
                      {course.title}
                    </Link>
                    {course.isOwner ? null : (
                      <span className="ml-2 text-xs font-normal text-slate-600 dark:text-slate-400">
                        (co-instructor)
                      </span>
                    )}
                  </th>
                  <td className="px-4 py-3">
                    <StatusBadge status={course.status} />
                  </td>
                  <td className="px-4 py-3 text-right text-slate-800 tabular-nums dark:text-slate-200">
                    {course.enrolments}
                  </td>
                  <td className="px-4 py-3 text-right text-slate-800 tabular-nums dark:text-slate-200">
                    {course.completionRate === null ? "—" : `${Math.round(course.completionRate * 100)}%`}
                  </td>
                  <td className="px-4 py-3 text-slate-700 dark:text-slate-300">
                    {dateFormat.format(course.lastEditedAt)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Container>
  );
}
