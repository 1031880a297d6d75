// The staff's unanswered questions across every course they teach or mentor, oldest first.
import { db } from "../db/client";
import { courseStaffWhere } from "../learning/course-staff";
import type { Caller } from "./post-access";
import { authorLabel, median } from "./rules";

export type QueueItem = {
  id: string;
  title: string;
  excerpt: string;
  author: string;
  createdAt: Date;
  course: { slug: string; title: string };
  lesson: { slug: string; title: string };
};

const QUEUE_LIMIT = 100;

/** The courses whose lesson questions this person answers for: all for an admin, else taught or mentored ones. */
function staffCourses(caller: Caller) {
  // Not an empty object inside OR: Prisma then matches nothing.
  const teaching = caller.role === "INSTRUCTOR" ? [courseStaffWhere(caller)] : [];
  return caller.role === "ADMIN"
    ? {}
    : { course: { OR: [...teaching, { cohorts: { some: { mentors: { some: { userId: caller.id } } } } }] } };
}

const MEDIAN_WINDOW_MS = 90 * 24 * 60 * 60 * 1000;

/** The median wait for a first answer over the staff's lesson questions of the last 90 days (null: none answered). */
export async function firstAnswerMedianForStaff(
  caller: Caller,
  now = new Date(),
): Promise<{ answered: number; medianSeconds: number | null }> {
  const rows = await db.qaPost.findMany({
    where: {
      lessonId: { not: null },
      questionId: null,
      firstAnsweredAt: { not: null },
      deletedAt: null,
      hiddenAt: null,
      createdAt: { gte: new Date(now.getTime() - MEDIAN_WINDOW_MS) },
      ...staffCourses(caller),
    },
    orderBy: { createdAt: "desc" },
    take: 5000,
    select: { createdAt: true, firstAnsweredAt: true },
  });
  const waits = rows.map((row) => (row.firstAnsweredAt!.getTime() - row.createdAt.getTime()) / 1000);
  return { answered: waits.length, medianSeconds: median(waits) };
}

export async function unansweredForStaff(caller: Caller): Promise<QueueItem[]> {
  const courses = staffCourses(caller);
  const rows = await db.qaPost.findMany({
    where: {
      // Lesson questions only: a cohort board's general threads are conversations, not a queue to answer.
      lessonId: { not: null },
      questionId: null,
      firstAnsweredAt: null,
      deletedAt: null,
      hiddenAt: null,
      ...courses,
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: QUEUE_LIMIT,
    select: {
      id: true,
      title: true,
      body: true,
      createdAt: true,
      author: { select: { name: true } },
      course: { select: { slug: true, title: true } },
      lesson: { select: { slug: true, title: true } },
    },
  });
  return rows.flatMap((row) => {
    if (!row.lesson) return [];
    return [
      {
        id: row.id,
        title: row.title ?? "",
        excerpt: row.body.length > 240 ? `${row.body.slice(0, 240)}…` : row.body,
        author: authorLabel(row.author),
        createdAt: row.createdAt,
        course: row.course,
        lesson: row.lesson,
      },
    ];
  });
}
