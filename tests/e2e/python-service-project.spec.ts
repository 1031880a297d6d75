// Small services beyond the first: a learner builds the URL shortener in Python (Pyodide in the browser runs the
// visible requests, the server's sandbox the hidden ones), and the files typed on one device open on another
// (saved on the server as typed); an instructor runs the job queue, whose handlers query PostgreSQL (PGlite) in
// the browser's worker, and the server accepts the model project.
import { expect, test } from "@playwright/test";
import { createVerifiedAccount, PASSWORD, submitSignIn } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { serviceProject, typeServiceFile as typeFile } from "./support/service-projects";

test("a learner builds the URL shortener in Python; the files typed on one device open on another; the fix passes", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const COURSE = "http-apis-rest-graphql";
  const LESSON = `/courses/${COURSE}/lessons/project-url-shortener-in-python`;
  const { exercise, model } = serviceProject(COURSE, "project-url-shortener-in-python");
  const anyUrl = exercise.wrongSolutions.find((w) => w.mistake.startsWith("accepts any address"))!.files["service.py"]!;

  const email = await createVerifiedAccount(page, "Pia Python", "python-service");
  await submitSignIn(page, email, PASSWORD, `/courses/${COURSE}`);
  await page.getByRole("button", { name: "Enrol for free" }).click();
  await expect(page).toHaveURL(/\/lessons\//);
  await page.goto(LESSON);
  const section = page.getByRole("region", { name: "Build the service" });
  await expect(section.getByRole("tab")).toHaveText(["routes.py", "service.py", "store.py"], { timeout: 30_000 });
  const run = section.getByRole("button", { name: "Run requests" });
  // Python starts in the browser first (a few seconds).
  await expect(run).toBeEnabled({ timeout: 90_000 });

  await typeFile(page, "store.py", model["store.py"]!);
  await typeFile(page, "routes.py", model["routes.py"]!);
  await typeFile(page, "service.py", anyUrl);
  const saved = section.getByTestId("files-saved");
  await expect(saved).toHaveAttribute("data-state", "saved", { timeout: 30_000 });
  await expect(saved).toHaveText("Your files are saved to your account.");
  await run.click();
  const verdict = section.getByTestId("code-verdict");
  await expect(verdict).toContainText("1 of 9 requests get a wrong response", { timeout: 30_000 });
  const failing = section.getByTestId("request-result").filter({ hasText: "Failed:" });
  await expect(failing).toHaveCount(1);
  await expect(failing).toContainText("refuses an address that is not http or https");
  await expect(failing).toContainText(/got\s*status 201/);
  await expectNoSeriousA11yViolations(page);

  // Another device (a browser with nothing stored): the same files, from the server.
  const other = await browser.newContext();
  const second = await other.newPage();
  await submitSignIn(second, email, PASSWORD, LESSON);
  const there = second.getByRole("region", { name: "Build the service" });
  await expect(there.getByRole("tab")).toHaveCount(3, { timeout: 30_000 });
  for (const [file, line] of [
    ["routes.py", "def not_allowed(allow):"],
    ["store.py", "def record_visit(code):"],
    ["service.py", "if not isinstance(url, str) or not url:"],
  ] as const) {
    await there.getByRole("tab", { name: file }).click();
    await expect(there.locator(".cm-content")).toContainText(line, { timeout: 30_000 });
  }
  await other.close();

  // The fix: the browser and the server's sandbox agree, the lesson is complete.
  await typeFile(page, "service.py", model["service.py"]!);
  await run.click();
  await expect(verdict).toContainText("All 9 requests get the right responses in your browser", { timeout: 30_000 });
  const server = section.getByTestId("server-verdict");
  await expect(server).toContainText("✓ Correct", { timeout: 90_000 });
  await expect(server).toContainText("All 36 requests get the right responses (27 of them hidden).");
  await expect(page.getByText("Lesson complete")).toBeVisible();
});

test("the job queue's handlers query PostgreSQL in the browser; the model project passes on the server", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const COURSE = "caching-performance-scalability";
  const { model } = serviceProject(COURSE, "project-a-job-queue-api-with-leases");
  await submitSignIn(
    page,
    "admin@academy.test",
    // The demo accounts' password (the seed's), not the e2e pool's.
    "learn-backend-2026",
    `/courses/${COURSE}/lessons/project-a-job-queue-api-with-leases`,
  );
  await page.getByRole("link", { name: "Preview as a learner" }).click();
  const section = page.getByRole("region", { name: "Build the service" });
  await expect(section.getByRole("tab")).toHaveText([/^routes\.js/, "jobs.js", /^schema\.sql/, /^http\.js/], {
    timeout: 30_000,
  });

  // The starter: its INSERTs reach the table and come back, its naive claim does not keep the rules.
  await section.getByRole("button", { name: "Run requests" }).click();
  const verdict = section.getByTestId("code-verdict");
  await expect(verdict).toContainText(/of 9 requests get a wrong response/, { timeout: 30_000 });
  const results = section.getByTestId("request-result");
  await expect(results.filter({ hasText: "enqueue a receipt email" })).not.toContainText("Failed:");
  await expect(results.filter({ hasText: "a second worker skips the leased job and gets the next" })).toContainText(
    "Failed:",
  );

  // FOR UPDATE SKIP LOCKED and the leases in SQL: every request, in the browser and then on the server.
  await typeFile(page, "jobs.js", model["jobs.js"]!);
  await section.getByRole("button", { name: "Run requests" }).click();
  await expect(verdict).toContainText("All 9 requests get the right responses in your browser", { timeout: 30_000 });
  await expect(section.getByTestId("server-verdict")).toContainText("✓ Correct", { timeout: 90_000 });
});
