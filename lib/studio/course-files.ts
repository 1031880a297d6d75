// The course format of prisma/content/ written out: one folder per course, NN-<slug> folders per module,
// NN-<slug>.md per lesson, YAML front matter validated by lib/content/schema.ts. Pure: no I/O.
import matter from "gray-matter";
import type { CourseFront } from "../content/schema";
import type { LessonContent } from "./lesson-content";

export type ExportCourse = {
  slug: string;
  front: CourseFront;
  description: string;
  modules: { slug: string; title: string; summary: string; lessons: { slug: string; content: LessonContent }[] }[];
};

// YAML cannot hold `undefined`, and dates read back through z.coerce.date: a JSON round trip gives plain data.
const plain = (value: object): Record<string, unknown> => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

const number = (index: number) => String(index + 1).padStart(2, "0");

export function lessonFileText(content: LessonContent): string {
  const { body, ...front } = content;
  return matter.stringify(body ? `\n${body}\n` : "\n", plain(front));
}

/** Every file of the course keyed by its path inside the archive, all under `<slug>/`. */
export function courseFiles(course: ExportCourse): Map<string, string> {
  const files = new Map<string, string>();
  files.set(`${course.slug}/course.md`, matter.stringify(`\n${course.description}\n`, plain(course.front)));
  course.modules.forEach((mod, moduleIndex) => {
    const folder = `${course.slug}/${number(moduleIndex)}-${mod.slug}`;
    files.set(`${folder}/module.md`, matter.stringify("\n", plain({ title: mod.title, summary: mod.summary })));
    mod.lessons.forEach((lesson, lessonIndex) =>
      files.set(`${folder}/${number(lessonIndex)}-${lesson.slug}.md`, lessonFileText(lesson.content)),
    );
  });
  return files;
}
