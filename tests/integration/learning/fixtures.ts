import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { LessonKind } from "@/lib/db/generated/enums";

const unique = () => randomBytes(4).toString("hex");

type LessonSpec = { kind: LessonKind; quiz?: boolean };

/**
 * A published course with one module and the given lessons, in order. A quiz lesson gets one
 * single-choice question whose right answer is the choice "right".
 */
export async function createCourse(
  db: Db,
  options: { priceCents?: number; sequential?: boolean; format?: "SELF_PACED" | "COHORT"; lessons: LessonSpec[] },
) {
  const instructor = await db.user.create({
    data: { email: `teacher-${unique()}@example.test`, name: "Ines Instructor", role: "INSTRUCTOR" },
  });
  const slug = `course-${unique()}`;
  const course = await db.course.create({
    data: {
      slug,
      title: `Course ${slug}`,
      summary: "A course made for a test.",
      description: "Test course.",
      topic: "DATABASES",
      level: "BEGINNER",
      format: options.format ?? "SELF_PACED",
      priceCents: options.priceCents ?? 0,
      sequential: options.sequential ?? false,
      status: "PUBLISHED",
      publishedAt: new Date(),
      outcomes: ["Pass the test"],
      instructorId: instructor.id,
    },
  });
  const mod = await db.module.create({ data: { courseId: course.id, slug: "m1", title: "Module one", position: 1 } });
  const lessons = [];
  for (const [index, spec] of options.lessons.entries()) {
    const lesson = await db.lesson.create({
      data: {
        courseId: course.id,
        moduleId: mod.id,
        slug: `l${index + 1}`,
        title: `Lesson ${index + 1}`,
        kind: spec.kind,
        body: "Body",
        position: index + 1,
        quizPassPercent: spec.kind === "QUIZ" ? 100 : null,
      },
    });
    if (spec.kind === "QUIZ") {
      await db.quizQuestion.create({
        data: {
          lessonId: lesson.id,
          prompt: "Pick the right one",
          explanation: "Because it is right.",
          position: 1,
          choices: {
            create: [
              { text: "right", correct: true, position: 1 },
              { text: "wrong", correct: false, position: 2 },
            ],
          },
        },
      });
    }
    lessons.push(lesson);
  }
  return { course, lessons, instructor };
}

export async function quizAnswers(db: Db, lessonId: string, pick: "right" | "wrong") {
  const question = await db.quizQuestion.findFirstOrThrow({ where: { lessonId }, include: { choices: true } });
  return { [question.id]: [question.choices.find((c) => c.text === pick)!.id] };
}
