// Import: a course zip read through the curriculum loader itself (the seed's), then written as drafts: new
// lessons are created, changed ones get a draft, nothing reaches learners before a publish.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { recordAudit } from "../audit/record-audit";
import { loadCourse, type CurriculumCourse, type CurriculumLesson } from "../content/load-curriculum";
import { projectRowOf } from "../projects/course-format";
import { db } from "../db/client";
import type { CourseFormat, Level, Topic } from "../db/generated/client";
import { AuthError } from "../auth/errors";
import { getEditableCourseOrThrow, STUDIO_ROLES, type StudioUser } from "./access";
import { readCourseArchive } from "./archive";
import { StudioError } from "./errors";
import {
  asJsonColumn,
  contentFromPublished,
  KIND_TO_DB,
  lessonContentSchema,
  parseStoredContent,
  type LessonContent,
} from "./lesson-content";

const MAX_ZIP_BYTES = 4 * 1024 * 1024;

export type ImportReport = {
  courseId: string;
  slug: string;
  courseCreated: boolean;
  modulesCreated: string[];
  lessonsCreated: string[];
  lessonsChanged: string[];
  lessonsUnchanged: number;
  notInArchive: string[];
};

/** Writes the validated files to a private temporary folder and reads them with the curriculum loader. */
async function loadArchive(bytes: Uint8Array): Promise<CurriculumCourse> {
  const { top, files } = readCourseArchive(bytes);
  const dir = await mkdtemp(path.join(tmpdir(), "studio-import-"));
  try {
    for (const [name, text] of files) {
      const target = path.join(dir, name);
      // readCourseArchive already refuses "..", this is the last word on where a file may land.
      if (!target.startsWith(dir + path.sep)) throw new StudioError(`${name} points outside its folder.`);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, text);
    }
    try {
      return loadCourse(path.join(dir, top));
    } catch (error) {
      const message =
        error instanceof Error
          ? error.message
              .split(dir + path.sep)
              .join("")
              .split(dir)
              .join("")
          : "unreadable";
      throw new StudioError("The archive's front matter has problems; nothing was imported.", {
        file: [message.includes("ENOENT") ? `${top}/course.md is missing.` : message],
      });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function contentOfCurriculumLesson(lesson: CurriculumLesson): LessonContent {
  const exercise = lesson.exercise
    ? lesson.exercise.type === "sql"
      ? lesson.exercise.sql
      : lesson.exercise.code
    : undefined;
  const { slug: _slug, exercise: _exercise, ...rest } = lesson;
  return lessonContentSchema.parse({ ...rest, exercise });
}

const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
const toEnum = <T extends string>(value: string) => value.toUpperCase().replace(/-/g, "_") as T;

async function findTarget(user: StudioUser, slug: string) {
  const existing = await db.course.findUnique({ where: { slug }, select: { id: true } });
  if (!existing) return null;
  try {
    return await getEditableCourseOrThrow(user, existing.id);
  } catch (error) {
    if (error instanceof AuthError)
      throw new StudioError(`Another course already uses the slug “${slug}”.`, {
        file: ["Rename the archive's top folder to import it as a new course."],
      });
    throw error;
  }
}

export async function importCourseZip(user: StudioUser, file: File, ip?: string): Promise<ImportReport> {
  if (!STUDIO_ROLES.includes(user.role as (typeof STUDIO_ROLES)[number])) throw new AuthError("FORBIDDEN");
  if (file.size > MAX_ZIP_BYTES)
    throw new StudioError("The archive is too large.", { file: ["Archives may be up to 4 MB."] });
  const course = await loadArchive(new Uint8Array(await file.arrayBuffer()));
  const target = await findTarget(user, course.slug);
  const report: ImportReport = {
    courseId: "",
    slug: course.slug,
    courseCreated: !target,
    modulesCreated: [],
    lessonsCreated: [],
    lessonsChanged: [],
    lessonsUnchanged: 0,
    notInArchive: [],
  };
  const data = {
    title: course.title,
    summary: course.summary,
    description: course.description,
    topic: toEnum<Topic>(course.topic),
    level: toEnum<Level>(course.level),
    format: toEnum<CourseFormat>(course.format),
    priceCents: course.priceCents,
    currency: course.currency,
    sequential: course.sequential,
    outcomes: course.outcomes,
  };

  await db.$transaction(
    async (tx) => {
      const saved = target
        ? await tx.course.update({ where: { id: target.id }, data, select: { id: true } })
        : await tx.course.create({
            data: { ...data, slug: course.slug, status: "DRAFT", instructorId: user.id },
            select: { id: true },
          });
      report.courseId = saved.id;
      for (const cohort of course.cohorts) {
        if (
          !(await tx.cohort.findFirst({
            where: { courseId: saved.id, startsAt: cohort.startsAt },
            select: { id: true },
          }))
        )
          await tx.cohort.create({ data: { ...cohort, courseId: saved.id } });
      }
      for (const [index, project] of course.projects.entries()) {
        const row = projectRowOf(project, index + 1);
        await tx.courseProject.upsert({
          where: { courseId_slug: { courseId: saved.id, slug: project.slug } },
          update: row,
          create: { ...row, courseId: saved.id, slug: project.slug },
        });
      }
      const seen = new Set<string>();
      for (const [moduleIndex, mod] of course.modules.entries()) {
        const existingModule = await tx.module.findUnique({
          where: { courseId_slug: { courseId: saved.id, slug: mod.slug } },
          select: { id: true },
        });
        const moduleRow = await tx.module.upsert({
          where: { courseId_slug: { courseId: saved.id, slug: mod.slug } },
          update: {
            title: mod.title,
            summary: mod.summary,
            position: moduleIndex + 1,
            releaseDay: mod.releaseDay ?? null,
          },
          create: {
            courseId: saved.id,
            slug: mod.slug,
            title: mod.title,
            summary: mod.summary,
            releaseDay: mod.releaseDay ?? null,
            position: moduleIndex + 1,
            published: false,
          },
          select: { id: true },
        });
        if (!existingModule) report.modulesCreated.push(mod.title);
        for (const [lessonIndex, lesson] of mod.lessons.entries()) {
          seen.add(lesson.slug);
          const content = contentOfCurriculumLesson(lesson);
          const json = asJsonColumn(content);
          const existing = await tx.lesson.findUnique({
            where: { courseId_slug: { courseId: saved.id, slug: lesson.slug } },
            include: {
              draft: true,
              questions: { orderBy: { position: "asc" }, include: { choices: { orderBy: { position: "asc" } } } },
            },
          });
          if (!existing) {
            const created = await tx.lesson.create({
              data: {
                courseId: saved.id,
                moduleId: moduleRow.id,
                slug: lesson.slug,
                title: content.title,
                kind: KIND_TO_DB[content.kind],
                body: "",
                position: lessonIndex + 1,
                published: false,
              },
              select: { id: true },
            });
            await tx.lessonDraft.create({ data: { lessonId: created.id, content: json, updatedById: user.id } });
            report.lessonsCreated.push(content.title);
            continue;
          }
          await tx.lesson.update({
            where: { id: existing.id },
            data: { moduleId: moduleRow.id, position: lessonIndex + 1 },
          });
          const current =
            (existing.draft ? parseStoredContent(existing.draft.content) : null) ?? contentFromPublished(existing);
          if (isDeepStrictEqual(plain(current), plain(content))) {
            report.lessonsUnchanged += 1;
            continue;
          }
          await tx.lessonDraft.upsert({
            where: { lessonId: existing.id },
            update: { content: json, revision: { increment: 1 }, updatedById: user.id },
            create: { lessonId: existing.id, content: json, updatedById: user.id },
          });
          report.lessonsChanged.push(content.title);
        }
      }
      const others = await tx.lesson.findMany({
        where: { courseId: saved.id, slug: { notIn: [...seen] } },
        select: { title: true },
      });
      report.notInArchive = others.map((l) => l.title);
      await recordAudit(
        {
          actorId: user.id,
          action: "studio.course_imported",
          targetType: "course",
          targetId: saved.id,
          ip,
          meta: { created: report.lessonsCreated.length, changed: report.lessonsChanged.length },
        },
        tx,
      );
    },
    { timeout: 60_000 },
  );
  return report;
}
