// The small-service lessons as the e2e specs use them: a project's exercise and model files from the curriculum,
// and typing a whole file into one of the editor's tabs the way a person pastes.
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { loadCourse } from "../../../lib/content/load-curriculum";
import { isServiceExercise } from "../../../lib/content/schema";

/** A service lesson's exercise and its model project (each file's solution, or its starter where none). */
export function serviceProject(course: string, slug: string) {
  const lesson = loadCourse(path.join(process.cwd(), "prisma", "content", course))
    .modules.flatMap((m) => m.lessons)
    .find((l) => l.slug === slug)!;
  const code = lesson.exercise?.type === "code" ? lesson.exercise.code : null;
  const exercise = code && isServiceExercise(code) ? code : null;
  const model = Object.fromEntries(exercise!.files.map((f) => [f.path, f.solution ?? f.starter]));
  return { exercise: exercise!, model };
}

/** Opens `file`'s tab in the service editor and replaces its text with `source`: select all, then insert. */
export async function typeServiceFile(page: Page, file: string, source: string) {
  const section = page.getByRole("region", { name: "Build the service" });
  await section.getByRole("tab", { name: file }).click();
  await expect(section.getByRole("tab", { name: file })).toHaveAttribute("aria-selected", "true");
  await section.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(source);
}
