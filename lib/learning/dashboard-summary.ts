// Turns the dashboard's raw rows into courses in progress, completed courses and recent activity. Pure.
import type { EnrollmentStatus } from "../db/generated/enums";
import { courseProgress, resumeLesson } from "./progress";

type EnrollmentRow = {
  status: EnrollmentStatus;
  lastLessonId: string | null;
  createdAt: Date;
  course: {
    id: string;
    slug: string;
    title: string;
    modules: { lessons: { id: string; slug: string; title: string }[] }[];
  };
};
type ProgressRow = {
  courseId: string;
  lessonId: string;
  completedAt: Date | null;
  lastViewedAt: Date;
  lesson: { slug: string; title: string; course: { slug: string; title: string } };
};

export type DashboardCourseCard = {
  slug: string;
  title: string;
  percent: number;
  completed: number;
  total: number;
  next: { slug: string; title: string } | null;
  certificateId: string | null;
  lastActive: Date;
};

const REVISIT_GRACE_MS = 30 * 60_000;

export type ActivityItem = {
  kind: "completed" | "opened";
  at: Date;
  lessonTitle: string;
  href: string;
  courseTitle: string;
};

export function summarizeDashboard(
  input: {
    enrollments: EnrollmentRow[];
    progress: ProgressRow[];
    certificates: { id: string; courseId: string }[];
    completedIds: ReadonlySet<string>;
  },
  activityLimit = 8,
) {
  const certificateByCourse = new Map(input.certificates.map((c) => [c.courseId, c.id]));
  const lastActive = new Map<string, Date>();
  for (const p of input.progress) {
    const at = p.completedAt && p.completedAt > p.lastViewedAt ? p.completedAt : p.lastViewedAt;
    if (!lastActive.has(p.courseId) || at > lastActive.get(p.courseId)!) lastActive.set(p.courseId, at);
  }
  const cards: DashboardCourseCard[] = input.enrollments.map((e) => {
    const lessons = e.course.modules.flatMap((m) => m.lessons);
    const progress = courseProgress(lessons, input.completedIds);
    const next = resumeLesson(lessons, input.completedIds);
    return {
      slug: e.course.slug,
      title: e.course.title,
      ...progress,
      next: next ? { slug: next.slug, title: next.title } : null,
      certificateId: certificateByCourse.get(e.course.id) ?? null,
      lastActive: lastActive.get(e.course.id) ?? e.createdAt,
    };
  });
  const isDone = (c: DashboardCourseCard) => c.total > 0 && c.completed === c.total;
  const byRecent = (a: DashboardCourseCard, b: DashboardCourseCard) => b.lastActive.getTime() - a.lastActive.getTime();
  const activity: ActivityItem[] = input.progress
    .map((p) => {
      // A look at a finished lesson soon after finishing it (the page records views too) still reads as "completed".
      const completedLast =
        p.completedAt !== null && p.lastViewedAt.getTime() - p.completedAt.getTime() < REVISIT_GRACE_MS;
      return {
        kind: completedLast ? ("completed" as const) : ("opened" as const),
        at: completedLast ? p.completedAt! : p.lastViewedAt,
        lessonTitle: p.lesson.title,
        courseTitle: p.lesson.course.title,
        href: `/courses/${p.lesson.course.slug}/lessons/${p.lesson.slug}`,
      };
    })
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, activityLimit);
  return {
    inProgress: cards.filter((c) => !isDone(c)).sort(byRecent),
    completed: cards.filter(isDone).sort(byRecent),
    activity,
    lessonsCompleted: input.completedIds.size,
  };
}

const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

/** "5 minutes ago", "yesterday", "3 days ago". */
export function formatAgo(at: Date, now: Date): string {
  const minutes = Math.round((at.getTime() - now.getTime()) / 60_000);
  if (Math.abs(minutes) < 60) return relative.format(minutes, "minute");
  if (Math.abs(minutes) < 60 * 24) return relative.format(Math.round(minutes / 60), "hour");
  return relative.format(Math.round(minutes / (60 * 24)), "day");
}
