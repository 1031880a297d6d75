// A course with an article and an exercise lesson, and the people around it: a live learner, an outsider,
// a co-instructor, a cohort mentor, and the owner (createCourse's instructor).
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/auth/session/policy";
import { createCourse } from "../learning/fixtures";

const tag = () => randomBytes(4).toString("hex");

const TWO_DAYS_AGO = () => new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);

/** An account two days old (the normal posting allowance) unless `fresh`. */
export async function createPerson(
  db: Db,
  name: string,
  role: "LEARNER" | "INSTRUCTOR" | "ADMIN" = "LEARNER",
  { fresh = false } = {},
) {
  return db.user.create({
    data: {
      email: `${name.toLowerCase().replace(/\s+/g, ".")}-${tag()}@example.test`,
      name,
      role,
      emailVerified: new Date(),
      createdAt: fresh ? new Date() : TWO_DAYS_AGO(),
    },
  });
}

export const asCaller = (user: { id: string; email: string; name: string | null; role: CurrentUser["role"] }) =>
  ({ id: user.id, email: user.email, name: user.name, role: user.role, timeZone: "UTC" }) satisfies CurrentUser;

export async function createQaCourse(db: Db, options: { priceCents?: number; freePreviewFirst?: boolean } = {}) {
  const made = await createCourse(db, {
    priceCents: options.priceCents ?? 4900,
    lessons: [{ kind: "ARTICLE" }, { kind: "SQL_EXERCISE" }],
  });
  const [article, exercise] = made.lessons as [(typeof made.lessons)[0], (typeof made.lessons)[0]];
  if (options.freePreviewFirst) await db.lesson.update({ where: { id: article.id }, data: { freePreview: true } });
  const learner = await createPerson(db, "Lena Learner");
  await db.enrollment.create({
    data: { userId: learner.id, courseId: made.course.id, status: "ACTIVE", source: "PURCHASE" },
  });
  const classmate = await createPerson(db, "Carl Classmate");
  await db.enrollment.create({
    data: { userId: classmate.id, courseId: made.course.id, status: "ACTIVE", source: "PURCHASE" },
  });
  const outsider = await createPerson(db, "Otto Outsider");
  const refunded = await createPerson(db, "Rita Refunded");
  await db.enrollment.create({
    data: { userId: refunded.id, courseId: made.course.id, status: "REFUNDED", source: "PURCHASE" },
  });
  const coTeacher = await createPerson(db, "Cora Coteacher", "INSTRUCTOR");
  await db.courseCoInstructor.create({ data: { courseId: made.course.id, userId: coTeacher.id } });
  const mentor = await createPerson(db, "Milo Mentor");
  const cohort = await db.cohort.create({
    data: {
      courseId: made.course.id,
      title: "Spring",
      startsAt: new Date("2026-03-01T09:00:00Z"),
      endsAt: new Date("2026-06-01T09:00:00Z"),
      seats: 10,
      timeZone: "UTC",
    },
  });
  await db.cohortMentor.create({ data: { cohortId: cohort.id, userId: mentor.id } });
  const otherTeacher = await createPerson(db, "Una Unrelated", "INSTRUCTOR");
  return {
    ...made,
    article,
    exercise,
    learner,
    classmate,
    outsider,
    refunded,
    coTeacher,
    mentor,
    otherTeacher,
    cohort,
  };
}
