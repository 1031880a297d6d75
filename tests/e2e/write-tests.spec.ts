// "Write the tests": a visitor on a free-preview exercise writes tests that miss the refused arguments, sees
// that two hidden buggy versions survived and what each gets away with, adds the missing tests and passes.
import path from "node:path";
import { expect, test } from "@playwright/test";
import { loadCourse } from "../../lib/content/load-curriculum";
import { writeTestsExercise } from "../../lib/content/schema";
import { expectNoSeriousA11yViolations } from "./support/axe";

const COURSE_SLUG = "testing-backends";
const LESSON_SLUG = "write-tests-rate-limiter";
const lesson = loadCourse(path.join(process.cwd(), "prisma", "content", COURSE_SLUG))
  .modules.flatMap((m) => m.lessons)
  .find((l) => l.slug === LESSON_SLUG)!;
const exercise = lesson.exercise?.type === "code" ? writeTestsExercise(lesson.exercise.code) : null;
const weak = exercise!.wrongSolutions.find((w) => w.mistake === "never checks the refused arguments")!;
const survivors = exercise!.mutants.filter((m) => /limit of 0|window of 0/.test(m.hint));
const MISSING = `
test("refuses a limit below 1 and a window that is not positive", () => {
  expect(() => createRateLimiter({ limit: 0, windowMs: 1000 })).toThrow(RangeError);
  expect(() => createRateLimiter({ limit: 1, windowMs: 0 })).toThrow(RangeError);
});
`;

test("a learner's tests miss a boundary, two mutants survive with hints, the added tests catch them", async ({
  page,
}) => {
  test.setTimeout(120_000);
  expect(survivors).toHaveLength(2);
  await page.goto(`/courses/${COURSE_SLUG}/lessons/${LESSON_SLUG}`);
  const section = page.getByRole("region", { name: "Write the tests" });
  await expect(section).toBeVisible({ timeout: 30_000 });
  await expect(section.getByText("The code under test (createRateLimiter)")).toBeVisible();

  await section.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(weak.solution);
  await section.getByRole("button", { name: "Run my tests" }).click();
  await expect(section.getByTestId("code-verdict")).toContainText("All tests pass in your browser");
  const verdict = section.getByTestId("server-verdict");
  await expect(verdict).toContainText("2 mutants survived", { timeout: 60_000 });
  for (const mutant of survivors) await expect(verdict).toContainText(mutant.hint);
  // Hints only: neither the caught mutants' hints nor any mutant's code reach the page.
  const text = await verdict.innerText();
  for (const mutant of exercise!.mutants.filter((m) => !survivors.includes(m))) expect(text).not.toContain(mutant.hint);
  expect(text).not.toContain("current.count > limit");
  await expectNoSeriousA11yViolations(page);

  await section.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.insertText(MISSING);
  await section.getByRole("button", { name: "Run my tests" }).click();
  await expect(verdict).toContainText("✓ Correct", { timeout: 60_000 });
  await expect(verdict).toContainText("catch 6 of 6 buggy versions");
});
