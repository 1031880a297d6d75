// The studio through the UI: an instructor builds a course (module, Markdown lesson, quiz, SQL exercise), sees
// the preview, publishes; a learner finds it and completes it; the analytics show them; an edit to a published
// lesson stays a draft until the course is published again.
import { expect, test, type Page } from "@playwright/test";
import { slugify } from "../../../lib/studio/slug";
import { createVerifiedAccount, PASSWORD, submitSignIn } from "../support/accounts";
import { expectNoSeriousA11yViolations } from "../support/axe";

const DEMO_PASSWORD = "learn-backend-2026";
const TITLE = `Window Functions ${Date.now().toString(36)}`;
const SLUG = slugify(TITLE);

async function typeMarkdown(page: Page, text: string) {
  await page.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(text);
}

async function expectSaved(page: Page) {
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "saved", { timeout: 30_000 });
}

async function addLesson(page: Page, title: string, kind: string) {
  const mod = page.getByRole("region", { name: "Module Ranking rows" });
  await mod.getByRole("textbox", { name: "New lesson in Ranking rows" }).fill(title);
  await mod.getByRole("combobox", { name: /^Kind/ }).selectOption(kind);
  await page.getByRole("button", { name: "Add lesson to Ranking rows" }).click();
  await page.getByRole("link", { name: title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Edit “${title}”` })).toBeVisible();
}

async function backToCourse(page: Page) {
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: TITLE }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
}

test("an instructor builds and publishes a course, a learner completes it, and drafts wait for the next publish", async ({
  browser,
}) => {
  test.setTimeout(420_000);
  const page = await (await browser.newContext()).newPage();
  await submitSignIn(page, "ada@academy.test", DEMO_PASSWORD, "/studio");
  await expect(page.getByRole("heading", { level: 1, name: "Studio" })).toBeVisible();
  const menuButton = page.getByRole("banner").getByRole("button", { name: /Account menu/ });
  await menuButton.click();
  await expect(page.getByRole("menuitem", { name: "Studio" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menuitem", { name: "Studio" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // A new course: publishing it empty lists what is missing, with links.
  await page.getByLabel("New course title").fill(TITLE);
  await page.getByRole("button", { name: "Create course" }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  const courseUrl = new URL(page.url()).pathname;
  await page.getByRole("button", { name: "Publish course" }).click();
  const problems = page.getByRole("alert").filter({ hasText: "Not published yet" });
  await expect(problems.getByRole("link", { name: "Add at least one module with a lesson." })).toBeVisible();
  await expect(problems).toContainText("summary");

  await page.getByLabel("Summary", { exact: true }).fill("Rank, number and compare rows without self-joins.");
  await page.getByLabel("Outcomes, one a line").fill("Rank rows within groups\nCompute running totals");
  await page.getByLabel("Topic", { exact: true }).selectOption("DATABASES");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await page.getByLabel("New module").fill("Ranking rows");
  await page.getByRole("button", { name: "Add module" }).click();
  await expect(page.getByRole("region", { name: "Module Ranking rows" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A Markdown lesson, previewed by the lesson page's renderer (callout, highlighted code).
  await addLesson(page, "Why window functions", "article");
  await typeMarkdown(
    page,
    "## Ranking\n\n> **Note:** ranks restart in each partition.\n\n```sql\nSELECT rank() OVER (ORDER BY score DESC) FROM scores;\n```\n",
  );
  const preview = page.getByTestId("lesson-preview");
  await expect(preview.locator("aside.callout")).toContainText("ranks restart in each partition");
  await expect(preview.locator("pre.shiki")).toBeVisible();
  await expectSaved(page);
  await expectNoSeriousA11yViolations(page);
  await backToCourse(page);

  // A quiz: a question with no correct choice is refused at the field, then fixed.
  await addLesson(page, "Check your ranking", "quiz");
  await page.getByLabel("Question 1 prompt").fill("Which function leaves gaps after ties?");
  await page.getByLabel("Question 1, Choice 1", { exact: true }).fill("rank()");
  await page.getByLabel("Question 1, Choice 2", { exact: true }).fill("row_number()");
  await page.getByLabel("Correct (question 1, choice 1)").uncheck();
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "invalid", { timeout: 30_000 });
  await expect(page.getByText("at least one choice must be correct").first()).toBeVisible();
  await page.getByLabel("Correct (question 1, choice 1)").check();
  await expectSaved(page);
  await backToCourse(page);

  // An SQL exercise: a failing solution is refused; the right one runs in the browser's PGlite first.
  await addLesson(page, "Rank the scores", "sql");
  await typeMarkdown(page, "Rank the players by score, highest first.");
  await page
    .getByLabel("Setup SQL (tables and rows each attempt starts from)")
    .fill(
      "CREATE TABLE scores (player text, score int);\nINSERT INTO scores VALUES ('ana', 30), ('bo', 50), ('cy', 40);",
    );
  await page.getByLabel("Solution", { exact: true }).fill("SELECT nope FROM scores;");
  await expect(page.getByText('column "nope" does not exist').first()).toBeVisible({ timeout: 60_000 });
  await page
    .getByLabel("Solution", { exact: true })
    .fill("SELECT player, rank() OVER (ORDER BY score DESC) AS place FROM scores ORDER BY place;");
  await page.getByRole("button", { name: "Run the solution" }).click();
  await expect(page.getByTestId("solution-verdict")).toContainText("3 row(s)", { timeout: 60_000 });
  await expect(page.getByRole("region", { name: "Query result" })).toContainText("bo");
  await expectSaved(page);
  await backToCourse(page);

  await page.getByRole("button", { name: "Publish course" }).click();
  await expect(page.getByText(/Published\. 3 lesson\(s\) updated/)).toBeVisible({ timeout: 60_000 });

  // A learner finds it in the catalogue and completes it.
  const learner = await (await browser.newContext()).newPage();
  const learnerEmail = await createVerifiedAccount(learner, "Lina Ortiz", "studio-learner");
  await submitSignIn(learner, learnerEmail, PASSWORD, "/courses");
  await learner.getByRole("link", { name: TITLE }).first().click();
  await expect(learner.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await learner.getByRole("button", { name: "Enrol for free" }).click();
  await expect(learner).toHaveURL(`/courses/${SLUG}/lessons/why-window-functions`);
  await expect(learner.getByText("ranks restart in each partition")).toBeVisible();
  await learner.getByRole("button", { name: "Mark as complete" }).click();
  await expect(learner.getByText("You completed this lesson")).toBeVisible();
  await learner.goto(`/courses/${SLUG}/lessons/check-your-ranking`);
  await learner.getByRole("form", { name: "Quiz" }).getByRole("radio", { name: "rank()" }).check();
  await learner.getByRole("button", { name: "Submit answers" }).click();
  await expect(learner.getByTestId("quiz-result")).toContainText("Passed with 100%");
  await learner.goto(`/courses/${SLUG}/lessons/rank-the-scores`);
  await expect(learner.getByText("PostgreSQL ready")).toBeVisible({ timeout: 60_000 });
  // The learner's page holds no solution (the server checks answers): type it in as a learner would.
  await learner.locator(".cm-content").click();
  await learner.keyboard.press("ControlOrMeta+A");
  await learner.keyboard.insertText(
    "SELECT player, rank() OVER (ORDER BY score DESC) AS place FROM scores ORDER BY place;",
  );
  await learner.getByRole("button", { name: "Run and check" }).click();
  await expect(learner.getByTestId("server-verdict")).toContainText("Correct", { timeout: 30_000 });
  await expect(learner.getByText("Lesson complete")).toBeVisible();

  // The instructor's analytics show the learner.
  await page.goto(`${courseUrl}/analytics`);
  await expect(page.getByTestId("metric-enrolments")).toHaveText("1");
  await expect(page.getByRole("region", { name: "Newest learners", exact: true })).toContainText(learnerEmail);
  await expect(
    page
      .getByRole("region", { name: "Completion funnel", exact: true })
      .getByRole("row", { name: /Why window functions/ }),
  ).toContainText("100");
  await expect(page.getByRole("region", { name: "Exercises solved at the first try", exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // For a person to look at (not asserted): the analytics page, light and dark, desktop and phone.
  for (const colorScheme of ["light", "dark"] as const)
    for (const width of [1280, 390]) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `test-results/screens/analytics-${colorScheme}-${width}.png`, fullPage: true });
    }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1280, height: 720 });

  // An edit to the published lesson stays a draft until the course is published again.
  await page.goto(courseUrl);
  await page.getByRole("link", { name: "Why window functions", exact: true }).click();
  await typeMarkdown(page, "Updated: ranks restart per partition.");
  await expectSaved(page);
  await page.reload();
  await expect(page.getByTestId("draft-state")).toContainText("unpublished changes");
  await learner.goto(`/courses/${SLUG}/lessons/why-window-functions`);
  await expect(learner.getByText("ranks restart in each partition")).toBeVisible();
  await expect(learner.getByText("Updated: ranks restart per partition.")).toHaveCount(0);

  await page.goto(courseUrl);
  await expect(page.getByTestId("publish-summary")).toContainText("1 lesson(s) have unpublished changes");
  await page.getByRole("button", { name: "Publish changes" }).click();
  await expect(page.getByText(/Published\. 1 lesson\(s\) updated/)).toBeVisible({ timeout: 60_000 });
  await learner.goto(`/courses/${SLUG}/lessons/why-window-functions`);
  await expect(learner.getByText("Updated: ranks restart per partition.")).toBeVisible();

  // Each publish is a version; the first one differs from what learners now read.
  await page.goto(courseUrl);
  await page.getByRole("link", { name: "Why window functions", exact: true }).click();
  await page.getByRole("link", { name: "Version history" }).click();
  await page.getByRole("link", { name: /^Version 1 ·/ }).click();
  await expect(page.getByTestId("version-diff")).toContainText("Updated: ranks restart per partition.");
  await expectNoSeriousA11yViolations(page);
});
