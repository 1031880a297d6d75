// The course format of prisma/content/ written out: one folder per course, NN-<slug> folders per module,
// NN-<slug>.md per lesson, YAML front matter validated by lib/content/schema.ts. Pure: no I/O.
import matter from "gray-matter";
import type { ProjectFront } from "../content/project-schema";
import type { CourseFront } from "../content/schema";
import type { LessonContent } from "./lesson-content";
import { PROJECTS_FOLDER } from "../content/load-curriculum";

export type ExportCourse = {
  slug: string;
  front: CourseFront;
  description: string;
  modules: {
    slug: string;
    title: string;
    summary: string;
    releaseDay?: number | null;
    lessons: { slug: string; content: LessonContent }[];
  }[];
  /** Graded projects (cohort courses): projects/NN-<slug>.md, the brief as the body. */
  projects?: { slug: string; front: ProjectFront; brief: string }[];
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
    const moduleFront = {
      title: mod.title,
      summary: mod.summary,
      ...(mod.releaseDay == null ? {} : { releaseDay: mod.releaseDay }),
    };
    files.set(`${folder}/module.md`, matter.stringify("\n", plain(moduleFront)));
    mod.lessons.forEach((lesson, lessonIndex) =>
      files.set(`${folder}/${number(lessonIndex)}-${lesson.slug}.md`, lessonFileText(lesson.content)),
    );
  });
  (course.projects ?? []).forEach((project, index) =>
    files.set(
      `${course.slug}/${PROJECTS_FOLDER}/${number(index)}-${project.slug}.md`,
      matter.stringify(`\n${project.brief}\n`, plain(project.front)),
    ),
  );
  return files;
}
