// Studio reads. Each starts from the access check, so a page cannot show a course its reader may not edit.
import { db } from "../db/client";
import { canEditWhere, getEditableCourseOrThrow, getEditableLessonOrThrow, type StudioUser } from "./access";
import { contentFromPublished, parseStoredContent, type LessonContent } from "./lesson-content";
import { LIVE_ENROLLMENT_STATUSES } from "../enrolment/rules";

const publishedLessonSelect = {
  title: true,
  kind: true,
  body: true,
  minutes: true,
  freePreview: true,
  videoUrl: true,
  captionsUrl: true,
  exercise: true,
  quizPassPercent: true,
  questions: {
    orderBy: { position: "asc" as const },
    select: {
      prompt: true,
      explanation: true,
      multiple: true,
      choices: { orderBy: { position: "asc" as const }, select: { text: true, correct: true } },
    },
  },
};

export type StudioCourseRow = {
  id: string;
  slug: string;
  title: string;
  status: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  enrolments: number;
  completionRate: number | null;
  lastEditedAt: Date;
  isOwner: boolean;
};

export async function listStudioCourses(user: StudioUser): Promise<StudioCourseRow[]> {
  const courses = await db.course.findMany({
    where: canEditWhere(user),
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      updatedAt: true,
      instructorId: true,
      lessons: { select: { draft: { select: { updatedAt: true } } } },
    },
  });
  if (courses.length === 0) return [];
  const counts = await db.enrollment.groupBy({
    by: ["courseId", "status"],
    where: { courseId: { in: courses.map((c) => c.id) }, status: { in: [...LIVE_ENROLLMENT_STATUSES] } },
    _count: { _all: true },
  });
  return courses.map((course) => {
    const rows = counts.filter((c) => c.courseId === course.id);
    const enrolments = rows.reduce((sum, r) => sum + r._count._all, 0);
    const completed = rows.find((r) => r.status === "COMPLETED")?._count._all ?? 0;
    const draftTimes = course.lessons.flatMap((l) => (l.draft ? [l.draft.updatedAt.getTime()] : []));
    return {
      id: course.id,
      slug: course.slug,
      title: course.title,
      status: course.status,
      enrolments,
      completionRate: enrolments ? completed / enrolments : null,
      lastEditedAt: new Date(Math.max(course.updatedAt.getTime(), ...draftTimes)),
      isOwner: course.instructorId === user.id,
    };
  });
}

export async function getStudioCourse(user: StudioUser, courseId: string) {
  await getEditableCourseOrThrow(user, courseId);
  const course = await db.course.findUniqueOrThrow({
    where: { id: courseId },
    include: {
      instructor: { select: { id: true, name: true, email: true } },
      coInstructors: {
        orderBy: { createdAt: "asc" },
        select: { user: { select: { id: true, name: true, email: true } } },
      },
      cohorts: { orderBy: { startsAt: "asc" } },
      modules: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          title: true,
          slug: true,
          position: true,
          lessons: {
            orderBy: { position: "asc" },
            select: {
              id: true,
              slug: true,
              title: true,
              kind: true,
              position: true,
              draft: { select: { content: true, updatedAt: true } },
            },
          },
        },
      },
    },
  });
  const modules = course.modules.map((m) => ({
    ...m,
    lessons: m.lessons.map(({ draft, ...lesson }) => {
      const draftContent = draft ? parseStoredContent(draft.content) : null;
      return { ...lesson, title: draftContent?.title ?? lesson.title, hasDraft: Boolean(draft) };
    }),
  }));
  return { ...course, modules };
}
export type StudioCourse = Awaited<ReturnType<typeof getStudioCourse>>;

/** The published lesson and the draft over it (if any), with the token a save must name. */
export async function getLessonForEditing(user: StudioUser, lessonId: string) {
  const access = await getEditableLessonOrThrow(user, lessonId);
  const lesson = await db.lesson.findUniqueOrThrow({
    where: { id: lessonId },
    select: {
      ...publishedLessonSelect,
      id: true,
      slug: true,
      version: true,
      published: true,
      courseId: true,
      module: { select: { title: true } },
      course: { select: { title: true, slug: true, status: true } },
      draft: true,
    },
  });
  const published = contentFromPublished(lesson);
  const draft = lesson.draft ? parseStoredContent(lesson.draft.content) : null;
  return {
    id: lesson.id,
    slug: lesson.slug,
    /** False until the course is published with this lesson in it: learners have never seen it. */
    everPublished: lesson.published && lesson.course.status === "PUBLISHED",
    courseId: access.courseId,
    course: lesson.course,
    moduleTitle: lesson.module.title,
    published,
    draft,
    content: draft ?? published,
    token: { lessonVersion: lesson.version, revision: lesson.draft?.revision ?? 0 },
    draftUpdatedAt: lesson.draft?.updatedAt ?? null,
  };
}
export type LessonForEditing = Awaited<ReturnType<typeof getLessonForEditing>>;

export async function listLessonVersions(user: StudioUser, lessonId: string) {
  await getEditableLessonOrThrow(user, lessonId);
  const versions = await db.lessonVersion.findMany({
    where: { lessonId },
    orderBy: { number: "desc" },
    take: 50,
    select: { number: true, content: true, createdAt: true, authorId: true },
  });
  return versions.map((v) => ({
    number: v.number,
    createdAt: v.createdAt,
    authorId: v.authorId,
    content: parseStoredContent(v.content),
  }));
}

/** The published content of every lesson of a course, with drafts applied: what publishing would make live. */
export async function getCourseWorkingCopy(courseId: string) {
  const course = await db.course.findUniqueOrThrow({
    where: { id: courseId },
    include: {
      instructor: { select: { email: true } },
      cohorts: { orderBy: { startsAt: "asc" } },
      modules: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          slug: true,
          title: true,
          summary: true,
          releaseDay: true,
          lessons: {
            orderBy: { position: "asc" },
            select: {
              ...publishedLessonSelect,
              id: true,
              slug: true,
              draft: { select: { content: true, revision: true } },
            },
          },
        },
      },
    },
  });
  const modules = course.modules.map((m) => ({
    id: m.id,
    slug: m.slug,
    title: m.title,
    summary: m.summary,
    releaseDay: m.releaseDay,
    lessons: m.lessons.map((lesson) => {
      const content: LessonContent | null = lesson.draft
        ? parseStoredContent(lesson.draft.content)
        : contentFromPublished(lesson);
      return {
        id: lesson.id,
        slug: lesson.slug,
        title: content?.title ?? lesson.title,
        content,
        draftRevision: lesson.draft?.revision ?? null,
      };
    }),
  }));
  return { course, modules };
}
