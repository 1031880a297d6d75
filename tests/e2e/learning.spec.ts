// The learner's whole journey, through the UI: search → course → enrol → read → quiz → SQL in the
// browser → progress → finish every lesson → certificate. axe-core checks each kind of page.
import { expect, test, type Page } from "@playwright/test";
import { loadCourse } from "../../lib/content/load-curriculum";
import type { CurriculumLesson } from "../../lib/content/load-curriculum";
import { codeVariants, functionExercise, isServiceExercise, writeTestsExercise } from "../../lib/content/schema";
import { createVerifiedAccount, mailLink, PASSWORD, submitSignIn } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import path from "node:path";
import { passQuiz } from "./support/lessons";

const COURSE_SLUG = "http-apis-rest-graphql";
const course = loadCourse(path.join(process.cwd(), "prisma", "content", COURSE_SLUG));
const lessons = course.modules.flatMap((m) => m.lessons);
const lessonUrl = (slug: string, courseSlug = COURSE_SLUG) => `/courses/${courseSlug}/lessons/${slug}`;

// The certificate is earned in a free course of articles, quizzes, SQL and JavaScript exercises (18 lessons): every
// exercise kind (Python, services, write the tests) has its own spec, and finishing a course that holds them all
// took this one test six minutes under load.
const JOURNEY_SLUG = "building-services-with-frameworks";
const journeyCourse = loadCourse(path.join(process.cwd(), "prisma", "content", JOURNEY_SLUG));
const journeyLessons = journeyCourse.modules.flatMap((m) => m.lessons);
const JOURNEY_INSTRUCTOR = "Rafael Lindqvist";

async function createAccountAndSignIn(page: Page, name: string): Promise<string> {
  const email = await createVerifiedAccount(page, name, "learner");
  await submitSignIn(page, email, PASSWORD, "/courses");
  await expect(page.getByRole("heading", { level: 1, name: "Courses" })).toBeVisible();
  return email;
}

/** Markdown in a choice is rendered; match on its plain text. */

/** Types into the CodeMirror editor the way a person pastes: select all, then insert. */
async function replaceEditorText(page: Page, text: string) {
  await page.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(text);
}

async function finishLesson(page: Page, lesson: CurriculumLesson, courseSlug: string) {
  await page.goto(lessonUrl(lesson.slug, courseSlug));
  await expect(page.getByTestId("learner-state")).toHaveAttribute("data-status", "ready");
  if (await page.getByText("You completed this lesson").or(page.getByText("✓ Completed")).first().isVisible()) return;
  if (lesson.kind === "quiz") return passQuiz(page, lesson);
  // The page holds no solution before the server has accepted one: type the author's solution in.
  if (lesson.kind === "sql") {
    await expect(page.getByText("PostgreSQL ready")).toBeVisible({ timeout: 60_000 });
    await replaceEditorText(page, lesson.exercise!.type === "sql" ? lesson.exercise!.sql.solution : "");
    await page.getByRole("button", { name: "Run and check" }).click();
    await expect(page.getByTestId("server-verdict")).toContainText("Correct", { timeout: 30_000 });
    return expect(page.getByText("Lesson complete")).toBeVisible();
  }
  const service =
    lesson.exercise?.type === "code" && isServiceExercise(lesson.exercise.code) ? lesson.exercise.code : null;
  if (service) {
    // A small service: each editable file gets its model version, tab by tab.
    const section = page.getByRole("region", { name: "Build the service" });
    for (const file of service.files.filter((f) => f.editable)) {
      await section.getByRole("tab", { name: file.path }).click();
      await replaceEditorText(page, file.solution ?? file.starter);
    }
    await section.getByRole("button", { name: "Run requests" }).click();
    await expect(section.getByTestId("server-verdict")).toContainText("✓ Correct", { timeout: 90_000 });
    return expect(page.getByText("Lesson complete")).toBeVisible();
  }
  const writeTests = lesson.exercise?.type === "code" ? writeTestsExercise(lesson.exercise.code) : null;
  if (writeTests) {
    // "Write the tests": the model suite catches every hidden buggy version (Python loads first).
    const section = page.getByRole("region", { name: "Write the tests" });
    const run = section.getByRole("button", { name: "Run my tests" });
    await expect(run).toBeEnabled({ timeout: 120_000 });
    await replaceEditorText(page, writeTests.solution);
    await run.click();
    await expect(section.getByTestId("server-verdict")).toContainText("✓ Correct", { timeout: 90_000 });
    return expect(page.getByText("Lesson complete")).toBeVisible();
  }
  if (lesson.kind === "code" || lesson.kind === "python") {
    const run = page.getByRole("button", { name: "Run tests" });
    // Python downloads its interpreter on the first Python lesson (then the browser cache serves it).
    await expect(run).toBeEnabled({ timeout: 120_000 });
    // An exercise offered in several languages opens in its first one (this browser has chosen none).
    await replaceEditorText(
      page,
      lesson.exercise!.type === "code" ? codeVariants(functionExercise(lesson.exercise!.code)!)[0]!.solution : "",
    );
    await run.click();
    await expect(page.getByTestId("code-verdict")).toContainText("All tests pass", { timeout: 30_000 });
    await expect(page.getByTestId("server-verdict")).toContainText("Correct", { timeout: 60_000 });
    return expect(page.getByText("Lesson complete")).toBeVisible();
  }
  await page.getByRole("button", { name: "Mark as complete" }).click();
  await expect(page.getByText("You completed this lesson")).toBeVisible();
}

test("a learner searches, enrols in a free course, learns, runs SQL in the browser and earns a certificate", async ({
  page,
}) => {
  test.setTimeout(600_000);
  const email = await createAccountAndSignIn(page, "Noor Haddad");

  // Search: full-text over lesson text, with the match highlighted.
  await page.getByRole("searchbox", { name: "Search" }).fill("middleware");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/q=middleware/);
  const result = page.getByRole("article").filter({ hasText: journeyCourse.title });
  await expect(result.locator("mark").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Course page → free enrolment → the first lesson.
  await result.getByRole("link", { name: journeyCourse.title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(journeyCourse.title);
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Enrol for free" }).click();
  await expect(page).toHaveURL(lessonUrl(journeyLessons[0]!.slug, JOURNEY_SLUG));

  // Read and mark complete. The page is the cached one for everyone; who reads it is filled in by the browser.
  await expect(page.getByTestId("user-nav")).toContainText("Noor Haddad");
  await expect(page.locator("pre.shiki").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Mark as complete" }).click();
  await expect(page.getByText("You completed this lesson")).toBeVisible();
  await expect(page.getByTestId("course-percent").first()).not.toHaveText("0%");

  // Pass a quiz (answers from the curriculum, chosen by their visible text).
  const quiz = journeyLessons.find((l) => l.kind === "quiz")!;
  await page.goto(lessonUrl(quiz.slug, JOURNEY_SLUG));
  await expectNoSeriousA11yViolations(page);
  await passQuiz(page, quiz);

  // Solve a SQL exercise in the browser: first a wrong query and PostgreSQL's own error, then the answer.
  const sql = journeyLessons.find((l) => l.kind === "sql")!;
  await page.goto(lessonUrl(sql.slug, JOURNEY_SLUG));
  await expect(page.getByText("PostgreSQL ready")).toBeVisible({ timeout: 60_000 });
  await expectNoSeriousA11yViolations(page);
  await replaceEditorText(page, "SELECT no_such_column;");
  await page.getByRole("button", { name: "Run and check" }).click();
  await expect(page.getByTestId("sql-error")).toContainText('ERROR:  column "no_such_column" does not exist');
  await replaceEditorText(page, sql.exercise!.type === "sql" ? sql.exercise!.sql.solution : "");
  await page.getByRole("button", { name: "Run and check" }).click();
  await expect(page.getByTestId("server-verdict")).toContainText("Correct", { timeout: 30_000 });
  await expect(page.getByRole("region", { name: "Query result" })).toBeVisible();
  await expect(page.getByText("Lesson complete")).toBeVisible();

  // Progress shows on the dashboard.
  await page.goto("/dashboard");
  const card = page
    .getByRole("region", { name: "In progress" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: journeyCourse.title }) });
  await expect(card).toContainText("3 of");
  await expect(page.getByRole("heading", { name: "Recent activity" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Finish every remaining lesson; the last one issues the certificate.
  for (const lesson of journeyLessons) await finishLesson(page, lesson, JOURNEY_SLUG);
  // The course page is cached HTML too; the learner's progress and ticks arrive from course-state.
  await page.goto(`/courses/${JOURNEY_SLUG}`);
  await expect(page.getByTestId("course-percent")).toHaveText("100%");
  await expect(page.getByRole("region", { name: "Syllabus" }).getByText("✓ Done")).toHaveCount(journeyLessons.length);
  await expect(page.getByRole("link", { name: "Try a free preview lesson" })).toHaveCount(0);
  await page.getByRole("link", { name: "View your certificate" }).click();
  await expect(page).toHaveURL(/\/certificates\/[a-z0-9]+$/);
  const certificate = page.getByRole("article", { name: "Certificate of completion" });
  await expect(certificate.getByText("Noor Haddad", { exact: true })).toBeVisible();
  await expect(certificate.getByText(journeyCourse.title, { exact: true })).toBeVisible();
  await expect(certificate.getByText(JOURNEY_INSTRUCTOR, { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A PDF that links back to this page, and LinkedIn's add-to-profile form filled in (issue #28).
  const certificateUrlPath = new URL(page.url()).pathname;
  const pdf = await page.request.get(`${certificateUrlPath}/pdf`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).toString("latin1")).toMatch(new RegExp(`/URI \\(https?://[^)]+${certificateUrlPath}\\)`));
  const linkedIn = new URL(
    (await page.getByRole("link", { name: /Add to LinkedIn profile/ }).getAttribute("href")) ?? "about:blank",
  );
  expect(new URL(linkedIn.searchParams.get("certUrl") ?? "").pathname).toBe(certificateUrlPath);
  expect(linkedIn.searchParams.get("name")).toBe(journeyCourse.title);

  // The verification page is public, with its own Open Graph image.
  const certificateImage = await page.locator('meta[property="og:image"]').first().getAttribute("content");
  const image = await page.request.get(new URL(certificateImage!).pathname);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");

  // The learner was told by email, with a link to the same page.
  const certificatePath = new URL(page.url()).pathname;
  expect(
    await mailLink(
      page,
      email,
      new RegExp(`Your certificate: ${journeyCourse.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`),
    ),
  ).toBe(certificatePath);

  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Completed" })).toBeVisible();
});

test("an infinite loop in a code exercise is stopped without freezing the page", async ({ page }) => {
  await createAccountAndSignIn(page, "Loop Tester");
  const code = lessons.find(
    (l) =>
      l.kind === "code" &&
      l.exercise?.type === "code" &&
      !("task" in l.exercise.code) &&
      codeVariants(l.exercise.code)[0]!.language === "javascript",
  )!;
  await page.goto(`/courses/${COURSE_SLUG}`);
  await page.getByRole("button", { name: "Enrol for free" }).click();
  await expect(page).toHaveURL(/\/lessons\//);
  await page.goto(lessonUrl(code.slug));
  const exercise = code.exercise?.type === "code" ? code.exercise.code : null;
  const fn = exercise && !("task" in exercise) ? codeVariants(exercise)[0]!.functionName : "f";
  await replaceEditorText(page, `function ${fn}() { while (true) {} }`);
  await page.getByRole("button", { name: "Run tests" }).click();
  await expect(page.getByTestId("code-verdict")).toContainText("was stopped", { timeout: 15_000 });
  // The page still responds.
  await page.getByRole("button", { name: "Reset code" }).click();
  await expect(page.locator(".cm-content")).toContainText(fn);
});

test("visitors read free previews, see a call to enrol elsewhere, and search engines get metadata", async ({
  page,
  request,
}) => {
  await page.goto(lessonUrl(lessons[0]!.slug));
  await expect(page.getByText("You are reading a free preview")).toBeVisible();
  await page.goto(lessonUrl(lessons.at(-1)!.slug));
  await expect(page.getByText("This lesson is part of the full course.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Enrol for free" })).toHaveAttribute("href", /\/sign-in\?callbackUrl=/);
  await expectNoSeriousA11yViolations(page);

  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  expect(await sitemap.text()).toContain(`/courses/${COURSE_SLUG}</loc>`);
  const robots = await request.get("/robots.txt");
  expect(await robots.text()).toMatch(/Sitemap: .*\/sitemap\.xml/);
  await page.goto(`/courses/${COURSE_SLUG}`);
  const ogImage = await page.locator('meta[property="og:image"]').first().getAttribute("content");
  const og = await request.get(new URL(ogImage!).pathname);
  expect(og.status()).toBe(200);
  expect(og.headers()["content-type"]).toBe("image/png");
});
