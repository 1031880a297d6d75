// The moderation queue: posts with open reports, for the staff who may hide them. A lesson's posts show to the
// course's staff (owner, co-instructors, admins, its cohorts' mentors); a cohort board's posts to that cohort's
// staff only (a mentor of another cohort sees none of them). Oldest report first.
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { courseStaffWhere } from "../learning/course-staff";
import type { Caller } from "./post-access";
import { authorLabel } from "./rules";

export type ReportedPost = {
  postId: string;
  kind: "question" | "answer";
  thread: string;
  excerpt: string;
  author: string;
  place: string;
  path: string;
  reports: { reason: string; reporter: string; createdAt: Date }[];
};

const QUEUE_LIMIT = 100;
const EXCERPT = 400;

function staffPosts(caller: Caller): Prisma.QaPostWhereInput {
  // An admin moderates everything. (No empty object inside OR: Prisma matches nothing with one there.)
  if (caller.role === "ADMIN") return {};
  const teaching: Prisma.CourseWhereInput[] = caller.role === "INSTRUCTOR" ? [courseStaffWhere(caller)] : [];
  const mentors = { mentors: { some: { userId: caller.id } } };
  return {
    OR: [
      { lessonId: { not: null }, course: { OR: [...teaching, { cohorts: { some: mentors } }] } },
      { cohortId: { not: null }, cohort: { OR: [...teaching.map((course) => ({ course })), mentors] } },
    ],
  };
}

export async function reportedPostsForStaff(caller: Caller): Promise<ReportedPost[]> {
  const posts = await db.qaPost.findMany({
    where: { hiddenAt: null, deletedAt: null, reports: { some: { status: "OPEN" } }, ...staffPosts(caller) },
    take: QUEUE_LIMIT,
    select: {
      id: true,
      title: true,
      body: true,
      questionId: true,
      cohortId: true,
      author: { select: { name: true } },
      question: { select: { title: true } },
      course: { select: { slug: true, title: true } },
      lesson: { select: { slug: true, title: true } },
      cohort: { select: { title: true } },
      reports: {
        where: { status: "OPEN" },
        orderBy: { createdAt: "asc" },
        select: { reason: true, createdAt: true, reporter: { select: { name: true } } },
      },
    },
  });
  return posts
    .map((post) => {
      const threadId = post.questionId ?? post.id;
      return {
        postId: post.id,
        kind: post.questionId ? ("answer" as const) : ("question" as const),
        thread: post.question?.title ?? post.title ?? "",
        excerpt: post.body.length > EXCERPT ? `${post.body.slice(0, EXCERPT)}…` : post.body,
        author: authorLabel(post.author),
        place: `${post.course.title} · ${post.lesson?.title ?? `${post.cohort?.title ?? ""} board`}`,
        path: post.cohortId
          ? `/cohorts/${post.cohortId}/board/${threadId}`
          : `/courses/${post.course.slug}/lessons/${post.lesson?.slug ?? ""}#question-${threadId}`,
        reports: post.reports.map((r) => ({
          reason: r.reason,
          reporter: authorLabel(r.reporter),
          createdAt: r.createdAt,
        })),
      };
    })
    .sort((a, b) => a.reports[0]!.createdAt.getTime() - b.reports[0]!.createdAt.getTime());
}
