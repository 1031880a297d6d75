// An instructor's public page (issue #14): reached from the course page, with initials (no photo), the bio
// the instructor writes in profile settings (plain text), and their courses.
import { expect, test } from "@playwright/test";
import { submitSignIn } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";

const DEMO_PASSWORD = "learn-backend-2026";

test("an instructor writes a bio in profile settings; the course page leads to it", async ({ page }) => {
  test.setTimeout(120_000);
  await submitSignIn(page, "ada@academy.test", DEMO_PASSWORD, "/profile");
  await expect(page.getByRole("heading", { level: 1, name: "Profile and settings" })).toBeVisible();
  const bio = page.getByRole("textbox", { name: "Bio" });
  // The seed's demo bio is there to edit.
  await expect(bio).toHaveValue(/Backend engineer/);
  const written = `Bio written at ${Date.now()}.\n\nI answer every review, <em>as plain text</em>.`;
  // Filling is select-all, then typing; a hydration landing between the two resets the selection and the typing
  // lands before the old text (CI saw "written + old bio"). Once the value is typed it is the user's, and
  // hydration leaves it alone, so fill until the field holds exactly what was written.
  await expect(async () => {
    await bio.fill(written);
    await expect(bio).toHaveValue(written, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Your profile is saved.")).toBeVisible();

  await page.goto("/courses/http-apis-rest-graphql");
  await page.getByRole("link", { name: "Ada Okafor" }).click();
  await expect(page).toHaveURL(/\/instructors\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Ada Okafor" })).toBeVisible();
  await expect(page.getByTestId("instructor-initials")).toHaveText("AO");
  const about = page.getByRole("region", { name: "About Ada Okafor" });
  // Shown as written: the tags are text, the blank line a paragraph break.
  await expect(about.locator("p")).toHaveText(written, { useInnerText: true });
  await expect(about.locator("em")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "HTTP APIs: REST and GraphQL" })).toBeVisible();
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoSeriousA11yViolations(page);
  }
});

test("a learner's profile settings have no bio field", async ({ page }) => {
  await submitSignIn(page, "learner@academy.test", DEMO_PASSWORD, "/profile");
  await expect(page.getByRole("heading", { level: 1, name: "Profile and settings" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Name", exact: true })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Bio", exact: true })).toHaveCount(0);
});
