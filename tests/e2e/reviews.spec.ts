// Reviews through the UI (issue #14): a learner who has done a third of a course rates and reviews it,
// edits the review, the course page shows the average and count, and the instructor answers.
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { loadCourse } from "../../lib/content/load-curriculum";
import { createVerifiedAccount, PASSWORD, submitSignIn } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { passQuiz } from "./support/lessons";

const DEMO_PASSWORD = "learn-backend-2026";
const COURSE_SLUG = "http-apis-rest-graphql";
const COURSE_URL = `/courses/${COURSE_SLUG}`;
const course = loadCourse(path.join(process.cwd(), "prisma", "content", COURSE_SLUG));
const lessons = course.modules.flatMap((m) => m.lessons);
const articles = lessons.filter((l) => l.kind === "article");
const quizzes = lessons.filter((l) => l.kind === "quiz");
const aThird = Math.ceil(lessons.length / 3);
// A third of the course without writing code: reading lessons first (at least one quiz kept for the end), then
// quizzes passed for the rest. The course grows; this follows it.
const toRead = articles.slice(0, Math.min(articles.length, aThird - 1));
const toPass = quizzes.slice(0, aThird - toRead.length);

/**
 * The course page is the same cached HTML for everyone, remade at most every minute: reload (past the
 * server's page cache, which a query string skips) until `check` passes.
 */
async function untilCoursePageShows(page: Page, check: () => Promise<void>) {
  await expect(async () => {
    await page.goto(`${COURSE_URL}?fresh=${Date.now()}`);
    await check();
  }).toPass({ timeout: 150_000, intervals: [2_000, 5_000] });
}

const reviewsRegion = (page: Page) => page.getByRole("region", { name: "Reviews" });

test("a learner reviews a course after a third of it, edits the review, and the instructor answers", async ({
  page,
  browser,
}) => {
  test.setTimeout(420_000);
  // Reviews show the writer's first name only: make it one no other test uses.
  const firstName = `Rita${Date.now().toString(36)}`;
  const name = `${firstName} Reviewer`;
  const email = await createVerifiedAccount(page, name, "reviews");
  await submitSignIn(page, email, PASSWORD, COURSE_URL);
  await page.getByRole("button", { name: "Enrol for free" }).click();
  await expect(page).toHaveURL(/\/lessons\//);

  // Before a third of the course the course page says how far there is to go, and offers no form.
  await page.goto(COURSE_URL);
  await expect(reviewsRegion(page)).toContainText(`Finish ${aThird} more lessons of this course to review it.`);
  await expect(page.getByRole("form", { name: "Your review" })).toHaveCount(0);

  // A third of the course: the reading lessons it takes, and quizzes passed.
  expect(toRead.length + toPass.length).toBe(aThird);
  for (const lesson of toRead) {
    await page.goto(`${COURSE_URL}/lessons/${lesson.slug}`);
    await page.getByRole("button", { name: "Mark as complete" }).click();
    await expect(page.getByText("You completed this lesson")).toBeVisible();
  }
  for (const quiz of toPass) {
    await page.goto(`${COURSE_URL}/lessons/${quiz.slug}`);
    await passQuiz(page, quiz);
  }

  // The review: four stars first.
  await page.goto(COURSE_URL);
  const form = page.getByRole("form", { name: "Your review" });
  await expect(form.getByRole("group", { name: "Rate this course" })).toBeVisible();
  await form.getByRole("radio", { name: "4 stars" }).check();
  // Refused (no words): the stars stay, and the focus goes to the message saying what is missing.
  await form.getByRole("textbox", { name: "Your review" }).fill("   ");
  await form.getByRole("button", { name: "Publish review" }).click();
  await expect(form.getByRole("alert")).toContainText("Write a few words");
  await expect(form.getByRole("radio", { name: "4 stars" })).toBeChecked();
  await form
    .getByRole("textbox", { name: "Your review" })
    .fill("Clear on status codes; the pagination part is the best.");
  await form.getByRole("button", { name: "Publish review" }).click();
  await expect(form.getByRole("status")).toContainText("your review is saved");
  await expect(form.getByRole("group", { name: "Your review (you can edit it)" })).toBeVisible();
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoSeriousA11yViolations(page);
  }
  await page.emulateMedia({ colorScheme: "light" });

  // Edited: five stars and new words; the learner still has one review, not two.
  await form.getByRole("radio", { name: "5 stars" }).check();
  await form
    .getByRole("textbox", { name: "Your review" })
    .fill("Edited: the keyset pagination lesson alone is worth it.");
  await form.getByRole("button", { name: "Update review" }).click();
  await expect(form.getByRole("status")).toContainText("your review is saved");
  await page.reload();
  await expect(form.getByRole("radio", { name: "5 stars" })).toBeChecked();
  await expect(form.getByRole("textbox", { name: "Your review" })).toHaveValue(
    "Edited: the keyset pagination lesson alone is worth it.",
  );

  // The course page's summary counts it once, with the edited rating, and lists the edited text.
  const mine = reviewsRegion(page).getByRole("article", { name: `Review by ${firstName}` });
  await untilCoursePageShows(page, async () => {
    await expect(mine).toContainText("Edited: the keyset pagination lesson alone is worth it.", { timeout: 1_000 });
  });
  await expect(mine).toHaveCount(1);
  await expect(mine.getByText("5 out of 5 stars")).toBeAttached();
  const summary = await reviewsRegion(page).locator("p").first().innerText();
  const count = Number(/(\d+) reviews?/.exec(summary)?.[1]);
  expect(count).toBeGreaterThanOrEqual(1);
  await expect(reviewsRegion(page).getByText(/Rated \d\.\d out of 5 by \d+ learners?/)).toBeAttached();
  // The header of the page shows the same average and count.
  await expect(
    page.getByRole("link", { name: new RegExp(`Rated \\d\\.\\d out of 5 by ${count} learner`) }),
  ).toBeVisible();

  // The instructor answers it from the same page.
  const instructor = await (await browser.newContext()).newPage();
  await submitSignIn(instructor, "ada@academy.test", DEMO_PASSWORD, COURSE_URL);
  await expect(instructor).toHaveURL(new RegExp(`${COURSE_URL}$`));
  const theirs = reviewsRegion(instructor).getByRole("article", { name: `Review by ${firstName}` });
  await theirs.getByRole("button", { name: "Answer this review" }).click();
  await theirs
    .getByRole("textbox", { name: "Your answer" })
    .fill("Thank you! A lesson on cursors for GraphQL is next.");
  await theirs.getByRole("button", { name: "Publish answer" }).click();
  await expect(theirs.getByRole("status")).toContainText("Your answer is saved");
  // A learner may not answer: the button is the instructor's alone.
  await expect(mine.getByRole("button", { name: "Answer this review" })).toHaveCount(0);

  await untilCoursePageShows(page, async () => {
    await expect(mine).toContainText("The instructor answered", { timeout: 1_000 });
  });
  await expect(mine).toContainText("Thank you! A lesson on cursors for GraphQL is next.");
  await instructor.context().close();
});
