// A learner builds the URL shortener across its three files: the browser's run shows a failing request (method,
// path, expected and got), the server names a failing hidden request only, the fix passes both; every file
// survives a reload, a file can be compared with and reset to its starter.
import { expect, test } from "@playwright/test";
import { createVerifiedAccount, PASSWORD, submitSignIn } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { serviceProject, typeServiceFile as typeFile } from "./support/service-projects";

const COURSE_SLUG = "http-apis-rest-graphql";
const LESSON_SLUG = "project-url-shortener";
const { exercise, model } = serviceProject(COURSE_SLUG, LESSON_SLUG);
const wrong = (mistake: string) => exercise.wrongSolutions.find((w) => w.mistake === mistake)!.files["service.js"]!;
const ANY_URL = wrong("accepts any address string (ftp:, mailto:)");
const SHORT_CODE = wrong("accepts a code of 3 characters");

test("a learner builds the URL shortener in three files, sees a failing request, fixes it and passes; reload keeps every file", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const email = await createVerifiedAccount(page, "Sam Service", "service");
  await submitSignIn(page, email, PASSWORD, `/courses/${COURSE_SLUG}`);
  await page.getByRole("button", { name: "Enrol for free" }).click();
  await expect(page).toHaveURL(/\/lessons\//);
  await page.goto(`/courses/${COURSE_SLUG}/lessons/${LESSON_SLUG}`);
  const section = page.getByRole("region", { name: "Build the service" });
  await expect(section.getByRole("tab")).toHaveText(["routes.js", "service.js", "store.js"], { timeout: 30_000 });

  // Three files, one of them with a bug the visible requests catch.
  await typeFile(page, "store.js", model["store.js"]!);
  await typeFile(page, "routes.js", model["routes.js"]!);
  await typeFile(page, "service.js", ANY_URL);
  await section.getByRole("button", { name: "Run requests" }).click();
  const verdict = section.getByTestId("code-verdict");
  await expect(verdict).toContainText("1 of 9 requests get a wrong response");
  const failing = section.getByTestId("request-result").filter({ hasText: "Failed:" });
  await expect(failing).toHaveCount(1);
  await expect(failing).toContainText("POST /links");
  await expect(failing).toContainText("refuses an address that is not http or https");
  await expect(failing).toContainText(/expected\s*status 400/);
  await expect(failing).toContainText(/got\s*status 201/);
  // Nothing went to the server: only a project that passes here is sent.
  await expect(section.getByTestId("server-verdict")).toHaveCount(0);

  // The diff against the starter shows the learner's own lines.
  await section.getByRole("button", { name: "Show changes" }).click();
  await expect(section.getByTestId("file-diff")).toContainText('+   return typeof url === "string" && url.length > 0;');
  await expectNoSeriousA11yViolations(page);

  // A reload keeps every file as typed.
  await page.reload();
  await expect(section.getByRole("tab")).toHaveCount(3, { timeout: 30_000 });
  for (const [file, line] of [
    ["routes.js", "const notAllowed = (allow) =>"],
    ["store.js", "exports.recordVisit = (code) => {"],
    ["service.js", 'return typeof url === "string" && url.length > 0;'],
  ] as const) {
    await section.getByRole("tab", { name: file }).click();
    await expect(section.locator(".cm-content")).toContainText(line);
  }

  // The visible requests pass, but a hidden one does not: the server names it and shows nothing of it.
  await typeFile(page, "service.js", SHORT_CODE);
  await section.getByRole("button", { name: "Run requests" }).click();
  await expect(verdict).toContainText("All 9 requests get the right responses in your browser");
  const server = section.getByTestId("server-verdict");
  await expect(server).toContainText("✗ Not yet", { timeout: 60_000 });
  await expect(server).toContainText("hidden request “a code of 3 characters” (POST …) fails");
  await expect(server).not.toContainText("https://example.net/e");

  // The fix: the browser and the server agree, the lesson is complete.
  await typeFile(page, "service.js", model["service.js"]!);
  await section.getByRole("button", { name: "Run requests" }).click();
  await expect(server).toContainText("✓ Correct", { timeout: 60_000 });
  await expect(server).toContainText("All 36 requests get the right responses (27 of them hidden).");
  await expect(page.getByText("Lesson complete")).toBeVisible();

  // Reset a file to its starter: only that file changes, and the reset survives a reload.
  await section.getByRole("tab", { name: "routes.js" }).click();
  await section.getByRole("button", { name: "Reset this file" }).click();
  await expect(section.locator(".cm-content")).toContainText("// TODO GET /links/<code>");
  await page.reload();
  await section.getByRole("tab", { name: "routes.js" }).click({ timeout: 30_000 });
  await expect(section.locator(".cm-content")).toContainText("// TODO GET /links/<code>");
  await section.getByRole("tab", { name: "service.js" }).click();
  // (CodeMirror draws only the lines in view: a line near the top that only the model has.)
  await expect(section.locator(".cm-content")).toContainText("let lastNumber = 0;");
});
