import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { ProgressBar } from "@/components/ui/progress-bar";
import { requireUserOrRedirect } from "@/lib/auth/session";
import { hasOwnCalendar } from "@/lib/booking/advisor-service";
import { formatAgo, summarizeDashboard, type DashboardCourseCard } from "@/lib/learning/dashboard-summary";
import { getDashboard } from "@/lib/learning/queries";
import { LearningPlanList } from "@/components/booking/learning-plan-list";
import { listLearningPlansForUser } from "@/lib/booking/learning-plan";
import { listRecommendedCourses } from "@/lib/catalog/queries";
import { CourseCard } from "@/components/catalog/course-card";
import { DashboardCohorts } from "@/components/cohorts/dashboard-cohorts";
import { StaffCohorts } from "@/components/cohorts/staff-cohorts";
import { listMyCohorts } from "@/lib/cohorts/queries";
import { listCohortsIRun } from "@/lib/cohorts/staff-queries";

export const metadata: Metadata = { title: "My learning", robots: { index: false } };

export default async function DashboardPage() {
  const user = await requireUserOrRedirect("/dashboard");
  const [data, plans, cohorts, running, ownCalendar] = await Promise.all([
    getDashboard(user.id, user.timeZone),
    listLearningPlansForUser(user.id),
    listMyCohorts(user.id),
    listCohortsIRun(user.id),
    hasOwnCalendar(user),
  ]);
  const { inProgress, completed, activity, lessonsCompleted } = summarizeDashboard(data);
  const dateTime = new Intl.DateTimeFormat("en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: user.timeZone,
  });
  const ago = (at: Date) => formatAgo(at, data.now);
  // Nothing in progress: suggest where to go next (never a course already taken).
  const recommended =
    inProgress.length === 0 ? await listRecommendedCourses(data.enrollments.map((e) => e.course.slug)) : [];
  const issued = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: user.timeZone });

  return (
    <Container className="py-10">
      <div className="flex flex-wrap items-end justify-between gap-6">
        <div>
          <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">My learning</h1>
          <p className="mt-2 text-slate-600 dark:text-slate-400">
            Welcome back{user.name ? `, ${user.name.split(" ")[0]}` : ""}.
            {inProgress.length > 0 ? " Pick up where you left off." : " Choose a course to start learning."}
          </p>
        </div>
        <dl className="grid grid-cols-3 gap-3 text-center">
          <Stat
            label="Week streak"
            value={data.streak}
            hint={
              data.streak === 0
                ? "Study this week to start one"
                : data.streak === 1
                  ? "week in a row"
                  : "weeks in a row"
            }
          />
          <Stat label="Lessons done" value={lessonsCompleted} />
          <Stat label="Certificates" value={completed.filter((c) => c.certificateId).length} />
        </dl>
      </div>

      <DashboardCohorts cohorts={cohorts} timeZone={user.timeZone} hour12={user.hour12} />
      <StaffCohorts cohorts={running} calendarHref={ownCalendar ? "/advisor/availability" : null} />

      <LearningPlanList plans={plans} />

      {inProgress.length === 0 && completed.length === 0 ? (
        <div className="mt-10 rounded-2xl border border-dashed border-slate-300 p-10 text-center dark:border-slate-700">
          <p className="text-lg font-semibold text-slate-900 dark:text-white">You have not enrolled in a course yet.</p>
          <p className="mt-1 text-slate-600 dark:text-slate-400">
            Free courses open with one click, and every lesson you finish shows up here.
          </p>
          <ButtonLink href="/courses" className="mt-6">
            Browse courses
          </ButtonLink>
          <Recommended courses={recommended} />
        </div>
      ) : (
        <div className="mt-10 grid grid-cols-1 gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <div className="min-w-0 space-y-10">
            <section aria-labelledby="in-progress">
              <h2 id="in-progress" className="text-xl font-bold text-slate-900 dark:text-white">
                In progress
              </h2>
              {inProgress.length === 0 ? (
                <>
                  <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
                    Nothing in progress.{" "}
                    <Link href="/courses" className="font-semibold text-brand-700 underline dark:text-brand-300">
                      Find your next course
                    </Link>
                    .
                  </p>
                  <Recommended courses={recommended} />
                </>
              ) : (
                <ul className="mt-4 grid grid-cols-1 gap-4 sm:grid-cols-2">
                  {inProgress.map((course) => (
                    <CourseProgressCard key={course.slug} course={course} />
                  ))}
                </ul>
              )}
            </section>
            {completed.length > 0 && (
              <section aria-labelledby="completed">
                <h2 id="completed" className="text-xl font-bold text-slate-900 dark:text-white">
                  Completed
                </h2>
                <ul className="mt-4 grid grid-cols-1 gap-4 sm:grid-cols-2">
                  {completed.map((course) => (
                    <CourseProgressCard key={course.slug} course={course} />
                  ))}
                </ul>
              </section>
            )}
          </div>
          <div className="min-w-0 space-y-6">
            {data.certificates.length > 0 && (
              <section
                aria-labelledby="certificates"
                className="rounded-2xl border border-slate-200 p-5 dark:border-slate-800"
              >
                <h2 id="certificates" className="font-bold text-slate-900 dark:text-white">
                  Certificates
                </h2>
                <ul className="mt-3 space-y-3 text-sm">
                  {data.certificates.map((certificate) => (
                    <li key={certificate.id}>
                      <Link
                        href={`/certificates/${certificate.id}`}
                        className="font-medium text-brand-700 hover:underline dark:text-brand-300"
                      >
                        {certificate.courseTitle}
                      </Link>
                      <p className="text-xs text-slate-600 dark:text-slate-400">
                        Issued {issued.format(certificate.issuedAt)}
                      </p>
                    </li>
                  ))}
                </ul>
              </section>
            )}
            <section
              aria-labelledby="activity"
              className="h-fit min-w-0 rounded-2xl border border-slate-200 p-5 dark:border-slate-800"
            >
              <h2 id="activity" className="font-bold text-slate-900 dark:text-white">
                Recent activity
              </h2>
              {activity.length === 0 ? (
                <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">Your lessons will appear here.</p>
              ) : (
                <ol className="mt-4 space-y-4">
                  {activity.map((item) => (
                    <li key={`${item.href}-${item.at.getTime()}`} className="flex gap-3 text-sm">
                      <span
                        aria-hidden="true"
                        className={
                          item.kind === "completed"
                            ? "mt-1.5 size-2 shrink-0 rounded-full bg-emerald-500"
                            : "mt-1.5 size-2 shrink-0 rounded-full bg-slate-400"
                        }
                      />
                      <div className="min-w-0">
                        <p className="text-slate-800 dark:text-slate-200">
                          {item.kind === "completed" ? "Completed " : "Opened "}
                          <Link
                            href={item.href}
                            className="font-medium text-brand-700 hover:underline dark:text-brand-300"
                          >
                            {item.lessonTitle}
                          </Link>
                        </p>
                        <p className="text-xs text-slate-600 dark:text-slate-400">
                          {item.courseTitle} ·{" "}
                          <time dateTime={item.at.toISOString()} title={dateTime.format(item.at)}>
                            {ago(item.at)}
                          </time>
                        </p>
                      </div>
                    </li>
                  ))}
                </ol>
              )}
            </section>
          </div>
        </div>
      )}
    </Container>
  );
}

function Recommended({ courses }: { courses: Awaited<ReturnType<typeof listRecommendedCourses>> }) {
  if (courses.length === 0) return null;
  return (
    <section aria-labelledby="recommended" className="mt-8 text-left">
      <h2 id="recommended" className="text-xl font-bold text-slate-900 dark:text-white">
        Recommended for you
      </h2>
      <div className="mt-4 grid gap-6 sm:grid-cols-2 xl:grid-cols-3">
        {courses.map((course) => (
          <CourseCard key={course.slug} course={course} />
        ))}
      </div>
    </section>
  );
}

function Stat({ label, value, hint }: { label: string; value: number; hint?: string }) {
  return (
    <div className="min-w-24 rounded-xl border border-slate-200 px-4 py-3 dark:border-slate-800">
      <dt className="text-xs font-medium text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="text-2xl font-bold text-slate-900 dark:text-white">{value}</dd>
      {hint && <dd className="text-[11px] leading-tight text-slate-600 dark:text-slate-400">{hint}</dd>}
    </div>
  );
}

function CourseProgressCard({ course }: { course: DashboardCourseCard }) {
  const done = course.completed === course.total && course.total > 0;
  return (
    <li className="flex min-w-0 flex-col rounded-2xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <h3 className="font-semibold text-slate-900 dark:text-white">
        <Link href={`/courses/${course.slug}`} className="hover:text-brand-700 dark:hover:text-brand-300">
          {course.title}
        </Link>
      </h3>
      <div className="mt-3 flex justify-between text-xs text-slate-600 dark:text-slate-400">
        <span>
          {course.completed} of {course.total} lessons
        </span>
        <span className="font-semibold text-slate-900 dark:text-white">{course.percent}%</span>
      </div>
      <ProgressBar percent={course.percent} label={`${course.title} progress`} tone={done ? "emerald" : "brand"} />
      <div className="mt-4 flex-1" />
      {done ? (
        course.certificateId ? (
          <ButtonLink href={`/certificates/${course.certificateId}`} variant="secondary">
            View certificate
          </ButtonLink>
        ) : null
      ) : course.next ? (
        // The whole title, wrapped: a truncated "Continue: Offset vs Key…" hides where the button leads.
        <ButtonLink href={`/courses/${course.slug}/lessons/${course.next.slug}`} className="min-w-0">
          <span className="flex w-full min-w-0 flex-col text-left">
            <span className="text-xs font-medium">Continue</span>
            <span className="break-words">{course.next.title}</span>
          </span>
        </ButtonLink>
      ) : null}
    </li>
  );
}
