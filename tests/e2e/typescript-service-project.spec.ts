// A learner builds the URL shortener in TypeScript: the tabs are .ts files highlighted as TypeScript, the browser's
// worker strips the types and runs the visible requests, a syntax error names the file and line as the editor
// counts them, and the server's sandbox (stripping there too) accepts the fixed project with its hidden requests.
import { expect, test } from "@playwright/test";
import { createVerifiedAccount, PASSWORD, submitSignIn } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { serviceProject, typeServiceFile as typeFile } from "./support/service-projects";

const COURSE = "http-apis-rest-graphql";
const SLUG = "project-url-shortener-in-typescript";

test("a learner builds the URL shortener in TypeScript: a syntax error names its line, a wrong rule fails a request, the fix passes", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const { exercise, model } = serviceProject(COURSE, SLUG);
  const anyUrl = exercise.wrongSolutions.find((w) => w.mistake.startsWith("accepts any address"))!.files["service.ts"]!;

  const email = await createVerifiedAccount(page, "Tess Typescript", "typescript-service");
  await submitSignIn(page, email, PASSWORD, `/courses/${COURSE}`);
  await page.getByRole("button", { name: "Enrol for free" }).click();
  await expect(page).toHaveURL(/\/lessons\//);
  await page.goto(`/courses/${COURSE}/lessons/${SLUG}`);
  const section = page.getByRole("region", { name: "Build the service" });
  await expect(section.getByRole("tab")).toHaveText(["routes.ts", "service.ts", "store.ts"], { timeout: 30_000 });
  // TypeScript's own syntax is highlighted as such.
  await expect(section.locator(".cm-content")).toContainText("type Request = {");
  // (JavaScript's grammar reads `type` there as a plain name and leaves it unstyled; TypeScript's marks a keyword.)
  const typeLine = section.locator(".cm-line", { hasText: "type Request = {" });
  await expect(typeLine.locator("span", { hasText: /^type$/ })).toHaveCount(1);

  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await section.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/screens/typescript-service-${scheme}-${width}.png` });
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1280, height: 900 });

  // A syntax error on line 3 of service.ts (a parameter's closing parenthesis left out).
  const run = section.getByRole("button", { name: "Run requests" });
  const broken = model["service.ts"]!.replace(
    "function validUrl(url: unknown): url is string {",
    "function validUrl(url: unknown: url is string {",
  );
  const brokenLine = broken.split("\n").findIndex((l) => l.includes("function validUrl(")) + 1;
  await typeFile(page, "store.ts", model["store.ts"]!);
  await typeFile(page, "routes.ts", model["routes.ts"]!);
  await typeFile(page, "service.ts", broken);
  await run.click();
  await expect(section).toContainText(`Your service does not load: service.ts, line ${brokenLine}, column`, {
    timeout: 30_000,
  });

  // A rule left out: one visible request fails, named with what came back.
  await typeFile(page, "service.ts", anyUrl);
  await run.click();
  const verdict = section.getByTestId("code-verdict");
  await expect(verdict).toContainText("1 of 9 requests get a wrong response", { timeout: 30_000 });
  const failing = section.getByTestId("request-result").filter({ hasText: "Failed:" });
  await expect(failing).toHaveCount(1);
  await expect(failing).toContainText("refuses an address that is not http or https");
  await expectNoSeriousA11yViolations(page);

  // The fix: the browser and the server's sandbox agree, the lesson is complete.
  await typeFile(page, "service.ts", model["service.ts"]!);
  await run.click();
  await expect(verdict).toContainText("All 9 requests get the right responses in your browser", { timeout: 30_000 });
  const server = section.getByTestId("server-verdict");
  await expect(server).toContainText("✓ Correct", { timeout: 90_000 });
  await expect(server).toContainText("All 36 requests get the right responses (27 of them hidden).");
  await expect(page.getByText("Lesson complete")).toBeVisible();

  // Every file is kept across a reload.
  await page.reload();
  await section.getByRole("tab", { name: "service.ts" }).click();
  await expect(section.locator(".cm-content")).toContainText("const CODE = /^[A-Za-z0-9_-]{4,32}$/;", {
    timeout: 30_000,
  });
});
