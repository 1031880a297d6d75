import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { z } from "zod";
import {
  codeLessonExerciseSchema,
  courseFrontSchema,
  lessonFrontSchema,
  moduleFrontSchema,
  slugSchema,
  sqlExerciseSchema,
  type CodeLessonExercise,
  type CourseFront,
  type LessonFront,
  type QuizFront,
  type SqlExercise,
} from "./schema";
import { projectFrontSchema, type ProjectFront } from "./project-schema";

export type CurriculumLesson = Omit<LessonFront, "exercise"> & {
  slug: string;
  body: string;
  exercise?: { type: "sql"; sql: SqlExercise } | { type: "code"; code: CodeLessonExercise };
  quiz?: QuizFront;
};
export type CurriculumModule = {
  slug: string;
  title: string;
  summary: string;
  releaseDay?: number;
  lessons: CurriculumLesson[];
};
export type CurriculumProject = ProjectFront & { slug: string; brief: string };
export type CurriculumCourse = CourseFront & {
  slug: string;
  description: string;
  modules: CurriculumModule[];
  projects: CurriculumProject[];
};

/** A cohort course's graded projects live in this folder beside the modules. */
export const PROJECTS_FOLDER = "projects";

export const CONTENT_DIR = path.join(process.cwd(), "prisma", "content");

// "01-intro" -> "intro"; the number only orders the folder listing.
function slugFromEntry(entry: string, file: string): string {
  const slug = entry.replace(/\.md$/, "").replace(/^\d+-/, "");
  const parsed = slugSchema.safeParse(slug);
  if (!parsed.success) throw new Error(`${file}: "${slug}" is not a valid slug (${parsed.error.issues[0]?.message})`);
  return slug;
}

function readFront<T>(file: string, schema: z.ZodType<T>): { data: T; body: string } {
  const { data, content } = matter(readFileSync(file, "utf8"));
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "(front matter)"}: ${i.message}`).join("; ");
    throw new Error(`${file}: ${problems}`);
  }
  return { data: parsed.data, body: content.trim() };
}

function parseExercise(file: string, front: LessonFront): CurriculumLesson["exercise"] {
  if (front.kind !== "sql" && front.kind !== "code" && front.kind !== "python") return undefined;
  const schema = front.kind === "sql" ? sqlExerciseSchema : codeLessonExerciseSchema;
  // `kind: python` is an alias of a code exercise in Python: the language may then be left out.
  const raw =
    front.kind === "python" && typeof front.exercise === "object" && front.exercise !== null
      ? { language: "python", ...front.exercise }
      : front.exercise;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(
      `${file}: exercise: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  }
  return front.kind === "sql"
    ? { type: "sql", sql: parsed.data as SqlExercise }
    : { type: "code", code: parsed.data as CodeLessonExercise };
}

function loadLesson(dir: string, entry: string): CurriculumLesson {
  const file = path.join(dir, entry);
  const { data, body } = readFront(file, lessonFrontSchema);
  if (data.kind === "quiz" && !data.quiz) throw new Error(`${file}: a quiz lesson needs quiz.questions`);
  if (data.kind === "python" && (data.exercise as { language?: unknown } | undefined)?.language === "javascript")
    throw new Error(`${file}: a python lesson needs exercise.language: python`);
  if (
    data.kind === "python" &&
    typeof data.exercise === "object" &&
    data.exercise !== null &&
    "languages" in data.exercise
  )
    throw new Error(`${file}: an exercise in several languages is a lesson of kind: code`);
  if (data.kind === "video" && !data.video) throw new Error(`${file}: a video lesson needs video.url`);
  const { exercise: _raw, ...rest } = data;
  return { ...rest, slug: slugFromEntry(entry, file), body, exercise: parseExercise(file, data) };
}

function loadModule(dir: string, entry: string): CurriculumModule {
  const moduleDir = path.join(dir, entry);
  const { data } = readFront(path.join(moduleDir, "module.md"), moduleFrontSchema);
  const lessons = readdirSync(moduleDir)
    .filter((name) => name.endsWith(".md") && name !== "module.md")
    .sort()
    .map((name) => loadLesson(moduleDir, name));
  return {
    slug: slugFromEntry(entry, moduleDir),
    title: data.title,
    summary: data.summary,
    ...(data.releaseDay === undefined ? {} : { releaseDay: data.releaseDay }),
    lessons,
  };
}

function loadProjects(courseDir: string): CurriculumProject[] {
  const dir = path.join(courseDir, PROJECTS_FOLDER);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      const { data, body } = readFront(file, projectFrontSchema);
      if (!body) throw new Error(`${file}: a project needs its brief as the Markdown body`);
      return { ...data, slug: slugFromEntry(name, file), brief: body };
    });
}

export function loadCourse(courseDir: string): CurriculumCourse {
  const { data, body } = readFront(path.join(courseDir, "course.md"), courseFrontSchema);
  const modules = readdirSync(courseDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== PROJECTS_FOLDER)
    .map((entry) => entry.name)
    .sort()
    .map((name) => loadModule(courseDir, name));
  const slug = slugFromEntry(path.basename(courseDir), courseDir);
  const lessonSlugs = modules.flatMap((m) => m.lessons.map((l) => l.slug));
  const duplicate = lessonSlugs.find((s, i) => lessonSlugs.indexOf(s) !== i);
  if (duplicate)
    throw new Error(
      `${courseDir}: lesson slug "${duplicate}" is used twice; lesson slugs must be unique within a course`,
    );
  return { ...data, slug, description: body, modules, projects: loadProjects(courseDir) };
}

export function loadCurriculum(dir = CONTENT_DIR): CurriculumCourse[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "course.md")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => loadCourse(path.join(dir, name)));
}
