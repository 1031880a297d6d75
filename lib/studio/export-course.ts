// Export: the course as it stands in the studio (drafts applied) in the prisma/content/ format, zipped.
import { strToU8, zipSync } from "fflate";
import { rubricSchema } from "../content/project-schema";
import { courseFrontSchema } from "../content/schema";
import { db } from "../db/client";
import { projectFrontOf } from "../projects/course-format";
import { getEditableCourseOrThrow, type StudioUser } from "./access";
import { courseFiles, type ExportCourse } from "./course-files";
import { courseFrontOf } from "./course-front";
import { StudioError } from "./errors";
import { getCourseWorkingCopy } from "./queries";

export async function buildExportCourse(courseId: string): Promise<ExportCourse> {
  const { course, modules } = await getCourseWorkingCopy(courseId);
  const front = courseFrontSchema.safeParse(courseFrontOf(course));
  if (!front.success)
    throw new StudioError(
      `Complete the course settings before exporting: ${front.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}.`,
    );
  const broken = modules.flatMap((m) => m.lessons).find((l) => !l.content);
  if (broken) throw new StudioError(`The lesson “${broken.title}” does not read; open and save it before exporting.`);
  // An archived project is retired: a course made from the export starts without it.
  const projects = await db.courseProject.findMany({
    where: { courseId, archivedAt: null },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
  return {
    projects: projects.map((row) => projectFrontOf({ ...row, rubric: rubricSchema.parse(row.rubric) })),
    slug: course.slug,
    front: front.data,
    description: course.description,
    modules: modules.map((m) => ({
      slug: m.slug,
      title: m.title,
      summary: m.summary,
      releaseDay: m.releaseDay,
      lessons: m.lessons.map((l) => ({ slug: l.slug, content: l.content! })),
    })),
  };
}

export async function exportCourseZip(
  user: StudioUser,
  courseId: string,
): Promise<{ filename: string; bytes: Uint8Array }> {
  await getEditableCourseOrThrow(user, courseId);
  const course = await buildExportCourse(courseId);
  const entries = Object.fromEntries([...courseFiles(course)].map(([name, text]) => [name, strToU8(text)]));
  return { filename: `${course.slug}.zip`, bytes: zipSync(entries, { level: 6 }) };
}
