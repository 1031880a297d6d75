// Lesson Q&A through the UI (issue 26): a learner asks on a SQL exercise with their attempt attached and is
// shown a similar question while typing; the instructor answers from the studio's unanswered queue; the
// learner sees the bell and the mail, opens the thread from the notification and accepts the staff answer. The questions load after the cached lesson page.
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { loadCourse } from "../../lib/content/load-curriculum";
import { createVerifiedAccount, openMail, PASSWORD, submitSignIn } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";

const DEMO_PASSWORD = "learn-backend-2026";
const COURSE_SLUG = "http-apis-rest-graphql";
const course = loadCourse(path.join(process.cwd(), "prisma", "content", COURSE_SLUG));
const lessons = course.modules.flatMap((m) => m.lessons);
const article = lessons.find((l) => l.kind === "article")!;
const sql = lessons.find((l) => l.kind === "sql")!;
const lessonUrl = (slug: string) => `/courses/${COURSE_SLUG}/lessons/${slug}`;
const qa = (page: Page) => page.getByRole("region", { name: "Questions about this lesson" });

async function replaceEditorText(page: Page, text: string) {
  await page.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(text);
}

async function ask(page: Page, title: string, body: string) {
  await qa(page).getByRole("button", { name: "Ask a question" }).click();
  const form = page.getByRole("form", { name: "Ask a question" });
  await form.getByLabel("Your question in one line").fill(title);
  await form.getByLabel(/Details/).fill(body);
  return form;
}

test("a learner asks on an exercise with their attempt, the instructor answers from the queue, the learner accepts", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const tag = Date.now().toString(36);
  const email = await createVerifiedAccount(page, `Quinn Q${tag}`, "lesson Q&A");
  await submitSignIn(page, email, PASSWORD, `/courses/${COURSE_SLUG}`);
  await page.getByRole("button", { name: "Enrol for free" }).click();
  await expect(page).toHaveURL(/\/lessons\//);

  // A first question on a reading lesson, for the suggestion later.
  await page.goto(lessonUrl(article.slug));
  const first = await ask(page, `Pagination cursors ${tag} and sort ties?`, "How do cursors survive equal sort keys?");
  await first.getByRole("button", { name: "Post question" }).click();
  await expect(qa(page).getByTestId("thread")).toContainText("How do cursors survive equal sort keys?");

  // The exercise, solved, so there is an attempt to attach.
  await page.goto(lessonUrl(sql.slug));
  await expect(page.getByText("PostgreSQL ready")).toBeVisible({ timeout: 60_000 });
  const solution = sql.exercise!.type === "sql" ? sql.exercise!.sql.solution : "";
  await replaceEditorText(page, solution);
  await page.getByRole("button", { name: "Run and check" }).click();
  await expect(page.getByTestId("server-verdict")).toContainText("Correct", { timeout: 30_000 });

  const form = await ask(page, `Is my query ${tag} right for cursors?`, "It passes, but are cursors handled well?");
  await expect(form.getByTestId("similar-questions")).toContainText(`Pagination cursors ${tag} and sort ties?`);
  await form.getByLabel("Attach my last submitted attempt").check();
  await expectNoSeriousA11yViolations(page);
  await form.getByRole("button", { name: "Post question" }).click();
  const thread = qa(page).getByTestId("thread");
  await expect(thread.getByTestId("attached-attempt")).toContainText(solution.trim().split("\n")[0]!.trim());

  // The instructor's queue, oldest first, answered in place.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await submitSignIn(staff, "ada@academy.test", DEMO_PASSWORD, "/studio/questions");
  const queue = staff.getByTestId("staff-queue");
  await expect(queue).toContainText(`Is my query ${tag} right for cursors?`);
  const items = await queue.getByRole("heading").allTextContents();
  expect(items.indexOf(`Pagination cursors ${tag} and sort ties?`)).toBeLessThan(
    items.indexOf(`Is my query ${tag} right for cursors?`),
  );
  const item = queue.getByRole("listitem").filter({ hasText: `Is my query ${tag} right for cursors?` });
  await item.getByText("Answer here").click();
  await item.getByLabel("Your answer (Markdown)").fill("Yes: add the **id** as a tie-breaker to the cursor.");
  await expectNoSeriousA11yViolations(staff);
  await item.getByRole("button", { name: "Post answer" }).click();
  await expect(queue.getByRole("listitem").filter({ hasText: `Is my query ${tag} right for cursors?` })).toHaveCount(0);
  await staffContext.close();

  // The learner sees the bell and the mail, follows the notification to the thread and accepts the answer.
  const message = await openMail(page, email, new RegExp(`answered “Is my query ${tag}`));
  await expect(message).toContainText("/notifications/unsubscribe?token=");
  await page.goto(lessonUrl(article.slug));
  const bell = page.getByRole("banner").getByTestId("notification-bell");
  await expect(bell).toHaveAccessibleName("Notifications, 1 unread");
  await bell.click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: new RegExp(`answered “Is my query ${tag}`) }).click();
  await expect(page).toHaveURL(new RegExp(`${sql.slug}#question-`));
  const answer = qa(page).getByTestId("answer").first();
  await expect(answer).toContainText("add the id as a tie-breaker");
  await expect(answer.getByText("Staff")).toBeVisible();
  await answer.getByRole("button", { name: "Accept answer" }).click();
  await expect(answer).toContainText("✓ Accepted answer");

  // QA_SCREENSHOTS=1: the thread light and dark at 1280 and 390 px, for a person to look at (not in CI).
  if (process.env.QA_SCREENSHOTS) {
    for (const width of [1280, 390])
      for (const scheme of ["light", "dark"] as const) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await qa(page).scrollIntoViewIfNeeded();
        await qa(page).screenshot({ path: `screenshots/lesson-qa-${width}-${scheme}.png` });
      }
  }
});

test("a learner reports a post; an admin hides it from the moderation queue and its author is told", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const tag = Date.now().toString(36);
  const title = `Cheap answers ${tag} for sale?`;

  // The author posts on a reading lesson.
  const authorEmail = await createVerifiedAccount(page, `Ari Author${tag}`, "the reported post's author");
  await submitSignIn(page, authorEmail, PASSWORD, `/courses/${COURSE_SLUG}`);
  await page.getByRole("button", { name: "Enrol for free" }).click();
  await expect(page).toHaveURL(/\/lessons\//);
  await page.goto(lessonUrl(article.slug));
  const form = await ask(page, title, "Buy every exercise's answer at spam.example, DM me.");
  await form.getByRole("button", { name: "Post question" }).click();
  await expect(qa(page).getByTestId("thread")).toContainText("spam.example");

  // Another learner of the course opens the thread and reports it.
  const reporterContext = await browser.newContext();
  const reporter = await reporterContext.newPage();
  const reporterEmail = await createVerifiedAccount(reporter, `Rey Reporter${tag}`, "reports a post");
  await submitSignIn(reporter, reporterEmail, PASSWORD, `/courses/${COURSE_SLUG}`);
  await reporter.getByRole("button", { name: "Enrol for free" }).click();
  await expect(reporter).toHaveURL(/\/lessons\//);
  await reporter.goto(lessonUrl(article.slug));
  await qa(reporter).getByRole("button", { name: title }).click();
  const thread = qa(reporter).getByTestId("thread");
  await thread.getByRole("button", { name: "Report" }).click();
  await thread.getByLabel("What is wrong with it?").fill(`Selling answers ${tag}`);
  await thread.getByRole("button", { name: "Send report" }).click();
  await expect(thread.getByLabel("What is wrong with it?")).toHaveCount(0);
  await reporterContext.close();

  // The admin finds it in the moderation queue, with the report, and hides it with a reason.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await submitSignIn(admin, "admin@academy.test", DEMO_PASSWORD, "/studio/reports");
  await expect(admin).toHaveURL(/\/studio\/reports$/);
  const item = admin.getByTestId("moderation-queue").getByRole("listitem").filter({ hasText: title }).first();
  await expect(item).toContainText(`Selling answers ${tag}`);
  await expect(item).toContainText(`Rey Reporter${tag}`);
  await expectNoSeriousA11yViolations(admin);
  await item.getByLabel("Reason (the author is told)").fill("Advertising is not allowed in course questions.");
  await item.getByRole("button", { name: "Hide post" }).click();
  await expect(admin.getByTestId("moderation-queue").getByText(title)).toHaveCount(0);
  await adminContext.close();

  // The author is told: the bell counts it, the list names it, and the thread says it is hidden.
  await page.goto(lessonUrl(article.slug));
  const bell = page.getByRole("banner").getByTestId("notification-bell");
  await expect(bell).toHaveAccessibleName("Notifications, 1 unread");
  await bell.click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(
    page.getByRole("link", { name: new RegExp(`Course staff hid your post in “Cheap answers ${tag}`) }),
  ).toBeVisible();
  await page.goto(lessonUrl(article.slug));
  await qa(page).getByRole("button", { name: title }).click();
  await expect(qa(page).getByTestId("thread")).toContainText("Hidden by the course's staff");
});
