// Exercises in the browser, checked by the server: a Python exercise (Pyodide from our origin, with a
// download indicator), the SQL editor's start-up time (reported, not asserted), the last query shown on
// reopening, and a wide result table that scrolls instead of clipping.
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { loadCourse } from "../../lib/content/load-curriculum";
import { codeVariant, functionExercise } from "../../lib/content/schema";
import { createVerifiedAccount, PASSWORD, submitSignIn } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";

const COURSE_SLUG = "http-apis-rest-graphql";
const course = loadCourse(path.join(process.cwd(), "prisma", "content", COURSE_SLUG));
const lessons = course.modules.flatMap((m) => m.lessons);
const lessonUrl = (slug: string) => `/courses/${COURSE_SLUG}/lessons/${slug}`;
// An exercise offered in JavaScript and in Python: it opens in JavaScript, the learner switches.
const python = lessons.find((l) => l.slug === "build-a-query-string")!;
const pythonCode = python.exercise?.type === "code" ? functionExercise(python.exercise.code) : null;
const pythonExercise = pythonCode ? codeVariant(pythonCode, "python") : null;
const sql = lessons.find((l) => l.kind === "sql")!;

async function enrolledLearner(page: Page, name: string) {
  const email = await createVerifiedAccount(page, name, "exercises");
  await submitSignIn(page, email, PASSWORD, `/courses/${COURSE_SLUG}`);
  await page.getByRole("button", { name: "Enrol for free" }).click();
  await expect(page).toHaveURL(/\/lessons\//);
}

async function replaceEditorText(page: Page, text: string) {
  await page.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(text);
}

async function switchToPython(page: Page) {
  const choice = page.getByRole("radio", { name: "Python" });
  await choice.check();
  await expect(choice).toBeChecked();
  await expect(page.getByRole("radio", { name: "JavaScript" })).not.toBeChecked();
}

test("a learner switches a JavaScript/Python exercise to Python: download indicator, a failing case, the fix, the lesson ticked", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await enrolledLearner(page, "Pia Python");
  const assets: { url: string; cacheControl: string | undefined }[] = [];
  page.on("response", (response) => {
    if (response.url().includes("/api/learn/assets/pyodide/"))
      assets.push({ url: response.url(), cacheControl: response.headers()["cache-control"] });
  });

  // A reading lesson does not load Python.
  await page.goto(lessonUrl(lessons[0]!.slug), { waitUntil: "networkidle" });
  expect(assets).toEqual([]);

  // The exercise opens in its first language, JavaScript: still no Python.
  await page.goto(lessonUrl(python.slug));
  const switcher = page.getByRole("group", { name: "Language" });
  await expect(switcher).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("radio", { name: "JavaScript" })).toBeChecked();
  await expect(page.locator(".cm-content")).toContainText("function buildQueryString");
  await expect(page.getByRole("button", { name: "Run tests" })).toBeEnabled();
  expect(assets).toEqual([]);

  const opened = Date.now();
  await switchToPython(page);
  await expect(page.locator(".cm-content")).toContainText("def build_query_string");
  await expect(page.getByTestId("python-loading")).toBeVisible({ timeout: 30_000 });
  const run = page.getByRole("button", { name: "Run tests" });
  await expect(run).toBeEnabled({ timeout: 120_000 });
  console.log(
    `python exercise: interpreter ready ${Date.now() - opened} ms after switching to Python (worker: ${await page.evaluate(() => document.documentElement.dataset.pythonStartupMs)} ms)`,
  );
  expect(assets.some((a) => a.url.endsWith("pyodide.asm.wasm") && /immutable/.test(a.cacheControl ?? ""))).toBe(true);
  // The page holds no solution: there is nothing to reveal before solving.
  await expect(page.getByRole("button", { name: /solution/i })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // A wrong solution: the failing case is named, with the assert that failed.
  const exercise = pythonExercise;
  await replaceEditorText(page, exercise!.wrongSolutions[0]!.solution);
  await run.click();
  await expect(page.getByTestId("code-verdict")).toContainText("tests fail", { timeout: 30_000 });
  await expect(page.getByText("none is skipped but false zero and empty are kept")).toBeVisible();
  await expect(page.getByText("Lesson complete")).toHaveCount(0);

  // print() output shows; an exception shows its traceback.
  await replaceEditorText(
    page,
    'def build_query_string(params):\n    print("checking", params)\n    return params["missing"]\n',
  );
  await run.click();
  await expect(page.getByTestId("code-output")).toContainText("checking");
  await expect(page.getByText(/KeyError: 'missing'/).first()).toBeVisible();

  // The fix: all tests pass here, the server runs them again and completes the lesson.
  await replaceEditorText(page, exercise!.solution);
  await run.click();
  await expect(page.getByTestId("code-verdict")).toContainText("All tests pass");
  await expect(page.getByTestId("server-verdict")).toContainText("Correct", { timeout: 60_000 });
  await expect(page.getByText("Lesson complete")).toBeVisible();
  await expect(page.getByRole("button", { name: "Show model solution" })).toBeVisible();

  // Reopened, the lesson shows the learner's own answer, in Python, and its tick.
  await page.reload();
  await expect(page.locator(".cm-content")).toContainText("from urllib.parse import quote", { timeout: 30_000 });
  await expect(page.getByRole("radio", { name: "Python" })).toBeChecked();
  await expect(page.getByText("✓ Lesson complete.")).toBeVisible();
  // Solved, the model solution is the learner's to see in either language.
  await page.getByRole("radio", { name: "JavaScript" }).check();
  await expect(page.locator(".cm-content")).toContainText("function buildQueryString");
  await page.getByRole("button", { name: "Show model solution" }).click();
  await expect(page.locator(".cm-content")).toContainText("encodeURIComponent(key)");
  // Switching back keeps what the learner had in the other language.
  await switchToPython(page);
  await expect(page.locator(".cm-content")).toContainText("from urllib.parse import quote");
});

test("the language a learner chose is remembered on the next exercise offered in both", async ({ page }) => {
  test.setTimeout(120_000);
  await enrolledLearner(page, "Lena Language");
  const other = lessons.find((l) => l.slug === "pick-a-status-code")!;
  await page.goto(lessonUrl(other.slug));
  await switchToPython(page);
  await expect(page.locator(".cm-content")).toContainText("def choose_status");
  await page.goto(lessonUrl(python.slug));
  await expect(page.getByRole("radio", { name: "Python" })).toBeChecked({ timeout: 30_000 });
  await expect(page.locator(".cm-content")).toContainText("def build_query_string");
  await expectNoSeriousA11yViolations(page);
});

test("an infinite loop in Python is stopped and the interpreter restarts", async ({ page }) => {
  test.setTimeout(180_000);
  await enrolledLearner(page, "Lou Loop");
  await page.goto(lessonUrl(python.slug));
  await switchToPython(page);
  const run = page.getByRole("button", { name: "Run tests" });
  await expect(run).toBeEnabled({ timeout: 120_000 });
  await replaceEditorText(page, "def build_query_string(params):\n    while True:\n        pass\n");
  await run.click();
  await expect(page.getByTestId("code-verdict")).toContainText("was stopped", { timeout: 30_000 });
  await expect(run).toBeEnabled({ timeout: 60_000 });
});

test("the SQL editor: start-up time, the last query on reopening, wrapped lines, a result table that scrolls", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await enrolledLearner(page, "Sam Sequel");
  // Timing report (printed, not asserted): from opening the lesson to PostgreSQL ready and to the first
  // query's result, on the first visit (engine files downloaded) and on a later one (from the browser cache).
  const firstQuery = async (visit: string) => {
    const opened = Date.now();
    await page.goto(lessonUrl(sql.slug));
    await expect(page.getByText("PostgreSQL ready")).toBeVisible({ timeout: 60_000 });
    const readyMs = Date.now() - opened;
    await replaceEditorText(page, "SELECT 1 AS first_query;");
    await page.getByRole("button", { name: "Run and check" }).click();
    await expect(page.getByRole("region", { name: "Query result" })).toContainText("first_query");
    const queryMs = Date.now() - opened;
    const phases = await page.evaluate(() => document.documentElement.dataset.sqlStartupPhases);
    const line = `sql exercise (${visit}): ready ${readyMs} ms, first query's result ${queryMs} ms after opening the lesson; worker phases ${phases}`;
    console.log(`[timing] ${line}`);
    test.info().annotations.push({ type: "timing", description: line });
    await expect(page.getByTestId("server-verdict")).toContainText("Not yet", { timeout: 30_000 });
  };
  await firstQuery("first visit");
  await firstQuery("second visit");

  const wide =
    "SELECT id, title, published_at, 'a rather long text column that makes the table wider than a phone' AS padding_one, 'and another long text column for good measure' AS padding_two FROM posts ORDER BY id;";
  await replaceEditorText(page, wide);
  await page.getByRole("button", { name: "Run and check" }).click();
  const table = page.getByRole("region", { name: "Query result" });
  await expect(table).toBeVisible();
  await expect(page.getByTestId("server-verdict")).toContainText("Not yet", { timeout: 30_000 });
  // Wider than the screen: it scrolls sideways inside its box, and the box stays within the page.
  const sizes = await table.evaluate((el) => ({
    scroll: el.scrollWidth,
    client: el.clientWidth,
    right: el.getBoundingClientRect().right,
  }));
  expect(sizes.scroll).toBeGreaterThan(sizes.client);
  expect(sizes.right).toBeLessThanOrEqual(390);
  // The editor wraps the long line instead of scrolling it out of sight.
  const editor = await page
    .locator(".cm-scroller")
    .evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(editor.scroll).toBeLessThanOrEqual(editor.client + 1);

  // Reopening shows the last query the learner ran, not the starter.
  await page.reload();
  await expect(page.locator(".cm-content")).toContainText("a rather long text column", { timeout: 30_000 });
});
