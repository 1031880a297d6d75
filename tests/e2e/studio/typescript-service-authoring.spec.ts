// An instructor authors a small-service project in TypeScript in the studio: the language choice turns the blank
// project into .ts files (routes.ts as the entry), the lesson saves, and it opens again as a TypeScript project.
import { expect, test } from "@playwright/test";
import { submitSignIn } from "../support/accounts";
import { expectNoSeriousA11yViolations } from "../support/axe";

const TITLE = `Typed Services ${Date.now().toString(36)}`;

test("an instructor turns a code lesson into a TypeScript small-service project, and it saves as one", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await submitSignIn(page, "ada@academy.test", "learn-backend-2026", "/studio");
  await page.getByLabel("New course title").fill(TITLE);
  await page.getByRole("button", { name: "Create course" }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await page.getByLabel("New module").fill("Handlers");
  await page.getByRole("button", { name: "Add module" }).click();
  const mod = page.getByRole("region", { name: "Module Handlers" });
  await mod.getByRole("textbox", { name: "New lesson in Handlers" }).fill("Typed links");
  await mod.getByRole("combobox", { name: /^Kind/ }).selectOption("code");
  await page.getByRole("button", { name: "Add lesson to Handlers" }).click();
  await page.getByRole("link", { name: "Typed links", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit “Typed links”" })).toBeVisible();

  await page.getByRole("button", { name: /Make it a small-service project instead/ }).click();
  const language = page.getByRole("combobox", { name: "Language" });
  await language.selectOption("typescript");
  await expect(page.getByRole("textbox", { name: "Path of file 1" })).toHaveValue("routes.ts");
  await expect(page.getByRole("textbox", { name: "Path of file 2" })).toHaveValue("service.ts");
  await expect(page.getByRole("combobox", { name: "Entry file (exports handle)" })).toHaveValue("routes.ts");
  // A TypeScript project may have a database, as a JavaScript one may.
  await expect(page.getByRole("combobox", { name: /^Database/ })).toBeVisible();
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "saved", { timeout: 30_000 });
  await expectNoSeriousA11yViolations(page);
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await language.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/screens/studio-typescript-service-${scheme}-1280.png` });
  }

  await page.reload();
  await expect(page.getByRole("combobox", { name: "Language" })).toHaveValue("typescript", { timeout: 30_000 });
  await expect(page.getByRole("textbox", { name: "Path of file 1" })).toHaveValue("routes.ts");
});
