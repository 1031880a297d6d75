// Lesson steps shared by the e2e specs, done through the UI.
import { expect, type Page } from "@playwright/test";
import type { CurriculumLesson } from "../../../lib/content/load-curriculum";

const plain = (markdown: string) => markdown.replace(/`/g, "").replace(/\*\*/g, "").trim();

/** Answers every question of the quiz on the open lesson page correctly and submits it. */
export async function passQuiz(page: Page, lesson: CurriculumLesson) {
  const questions = page.getByRole("form", { name: "Quiz" }).getByRole("group");
  for (const [index, question] of lesson.quiz!.questions.entries()) {
    for (const choice of question.choices.filter((c) => c.correct)) {
      await questions
        .nth(index)
        .getByRole(question.multiple ? "checkbox" : "radio", { name: plain(choice.text) })
        .check();
    }
  }
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByTestId("quiz-result")).toContainText("Passed with 100%");
}
