// A small course owned by an instructor, built through the studio services as the UI would.
import type { Db } from "@/lib/db/client";
import type { StudioUser } from "@/lib/studio/access";
import { createCourse, updateCourseSettings } from "@/lib/studio/course-service";
import { createLesson, createModule } from "@/lib/studio/outline-service";

let counter = 0;

export async function makeUser(db: Db, role: "INSTRUCTOR" | "ADMIN" | "LEARNER" = "INSTRUCTOR") {
  counter += 1;
  return db.user.create({
    data: {
      email: `${role.toLowerCase()}-${counter}-${process.pid}@example.test`,
      name: `${role} ${counter}`,
      role,
      emailVerified: new Date(),
    },
    select: { id: true, role: true, email: true, sessionVersion: true },
  });
}

export async function makeCourse(db: Db, owner: StudioUser, title = `Course ${++counter}`) {
  const course = await createCourse(owner, { title });
  const row = await db.course.findUniqueOrThrow({ where: { id: course.id }, select: { updatedAt: true } });
  await updateCourseSettings(owner, {
    courseId: course.id,
    expectedUpdatedAt: row.updatedAt.getTime(),
    title,
    slug: course.slug,
    summary: "A course made in the studio for a test.",
    description: "About this course.",
    outcomes: ["Do the thing well"],
    topic: "DATABASES",
    level: "BEGINNER",
    format: "SELF_PACED",
    priceCents: 0,
    sequential: false,
    coverImageUrl: "",
  });
  const mod = await createModule(owner, { courseId: course.id, title: "First steps" });
  const lesson = await createLesson(owner, { moduleId: mod.id, title: "Hello studio", kind: "article" });
  return { courseId: course.id, slug: course.slug, moduleId: mod.id, lessonId: lesson.id };
}
