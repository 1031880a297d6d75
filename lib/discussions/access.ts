// Who may read and write a lesson's Q&A. Members: a live enrolment in the course, or its staff (owner,
// co-instructors, admins: lib/learning/course-staff; and the mentors of its cohorts). Everyone else reads
// only free-preview lessons' threads, and of a paid course's other lessons learns nothing, not even that a
// thread exists (the routes answer 404).
import { db } from "../db/client";
import type { CurrentUser } from "../auth/session/policy";
import { PUBLISHED_LESSON } from "../content/published";
import { isLiveEnrollment } from "../enrolment/rules";
import { courseStaffWhere } from "../learning/course-staff";

export type LessonAccess = {
  lesson: { id: string; courseId: string; kind: string; freePreview: boolean; slug: string; title: string };
  course: { id: string; slug: string; title: string; instructorId: string };
  member: boolean;
  staff: boolean;
  canRead: boolean;
};

/** Course staff for Q&A: owner, co-instructor, admin, or mentor of one of its cohorts. */
export async function isQaStaff(user: Pick<CurrentUser, "id" | "role">, courseId: string): Promise<boolean> {
  if (user.role === "ADMIN") return true;
  const [teaching, mentoring] = await Promise.all([
    user.role === "INSTRUCTOR" ? db.course.count({ where: { id: courseId, ...courseStaffWhere(user) } }) : 0,
    db.cohortMentor.count({ where: { userId: user.id, cohort: { courseId } } }),
  ]);
  return teaching + mentoring > 0;
}

export async function isCourseMember(user: Pick<CurrentUser, "id" | "role">, courseId: string) {
  const enrollment = await db.enrollment.findUnique({
    where: { userId_courseId: { userId: user.id, courseId } },
    select: { status: true },
  });
  const staff = await isQaStaff(user, courseId);
  return { member: staff || isLiveEnrollment(enrollment), staff };
}

/** The lesson (published, in a published course) and what the viewer may do with its Q&A; null: not found. */
export async function lessonAccess(
  user: Pick<CurrentUser, "id" | "role"> | null,
  lessonId: string,
): Promise<LessonAccess | null> {
  const lesson = await db.lesson.findFirst({
    where: { id: lessonId, ...PUBLISHED_LESSON, course: { status: "PUBLISHED" } },
    select: {
      id: true,
      courseId: true,
      kind: true,
      freePreview: true,
      slug: true,
      title: true,
      course: { select: { id: true, slug: true, title: true, instructorId: true } },
    },
  });
  if (!lesson) return null;
  const { member, staff } = user ? await isCourseMember(user, lesson.courseId) : { member: false, staff: false };
  const { course, ...rest } = lesson;
  return { lesson: rest, course, member, staff, canRead: member || lesson.freePreview };
}
