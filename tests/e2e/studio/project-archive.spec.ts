// Issue 25: the studio's project list. The course's instructor adds a project, archives it (a confirmation first;
// it moves to "Archived projects"), restores it and, as nobody has submitted to it, deletes it (a confirmation
// first). The seeded projects are left as they are: other specs submit to them. Screenshots of the list with an
// archived project, light and dark, 1280 and 390 px, go to screenshots/issue-25-archive/.
import { expect, test, type Page } from "@playwright/test";
import { submitSignIn } from "../support/accounts";
import { expectNoSeriousA11yViolations } from "../support/axe";

const DEMO_PASSWORD = "learn-backend-2026"; // the seeded demo accounts (README)
const COURSE = "Backend Security Essentials";

async function shots(page: Page, name: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: `screenshots/issue-25-archive/${name}-${width}-${scheme}.png`, fullPage: true });
    }
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ colorScheme: "light" });
}

test("an instructor archives, restores and deletes a project with a confirmation each time", async ({ page }) => {
  test.setTimeout(120_000);
  const title = `Retired brief ${Date.now().toString(36)}`;
  await submitSignIn(page, "ada@academy.test", DEMO_PASSWORD, "/studio");
  await page.getByRole("link", { name: COURSE, exact: true }).first().click();
  await page.getByRole("link", { name: "Projects", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Projects" })).toBeVisible();

  const form = page.getByRole("region", { name: "New project" });
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Brief (Markdown)").fill("Write down what you would retire.");
  await form.getByLabel("Deadline: days after the cohort starts").fill("7");
  await form.getByLabel("Pass mark (points)").fill("1");
  await form.getByLabel("Rubric").fill("Works: No = 0; Yes = 1");
  await form.getByRole("button", { name: "Add the project" }).click();
  const card = page.getByRole("region", { name: title });
  await expect(card).toBeVisible();

  // Archive: the dialog says what happens; going back changes nothing.
  await card.getByRole("button", { name: `Archive ${title}` }).click();
  const dialog = page.getByRole("alertdialog", { name: `Archive ${title}?` });
  await expect(dialog).toContainText("Members no longer see it");
  await dialog.getByRole("button", { name: "Go back" }).click();
  await expect(dialog).toBeHidden();
  await card.getByRole("button", { name: `Archive ${title}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Archive the project" }).click();
  const archived = page.getByRole("region", { name: "Archived projects" });
  await expect(archived.getByTestId("archived-project").filter({ hasText: title })).toContainText("0 submissions");
  await expect(page.getByRole("region", { name: title })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await shots(page, "studio-projects-archived");

  // Restore: back among the projects.
  await archived.getByRole("button", { name: `Restore ${title}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Restore the project" }).click();
  await expect(page.getByRole("region", { name: title })).toBeVisible();
  await expect(page.getByRole("region", { name: "Archived projects" })).toHaveCount(0);

  // Delete: nobody submitted, so it may go.
  await page
    .getByRole("region", { name: title })
    .getByRole("button", { name: `Delete ${title}` })
    .click();
  const confirmDelete = page.getByRole("alertdialog", { name: `Delete ${title}?` });
  await expect(confirmDelete).toContainText("Nobody has submitted to it yet.");
  await confirmDelete.getByRole("button", { name: "Delete the project" }).click();
  await expect(page.getByRole("region", { name: title })).toHaveCount(0);
});
