// The staff's unanswered questions across every course they teach or mentor, oldest first.
import { db } from "../db/client";
import { courseStaffWhere } from "../learning/course-staff";
import type { Caller } from "./post-access";
import { authorLabel } from "./rules";

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

export async function unansweredForStaff(caller: Caller): Promise<QueueItem[]> {
  // An admin sees every course's questions. (Not an empty object inside OR: Prisma then matches nothing.)
  const teaching = caller.role === "INSTRUCTOR" ? [courseStaffWhere(caller)] : [];
  const courses =
    caller.role === "ADMIN"
      ? {}
      : { course: { OR: [...teaching, { cohorts: { some: { mentors: { some: { userId: caller.id } } } } }] } };
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
