// Issue #28 item 13 through the UI: a lesson moves to another module from the outline's "Move to module…" form
// (the keyboard way; dragging is the other), which opens under the lesson's row and gives the focus back on Escape.
import { expect, test } from "@playwright/test";
import { submitSignIn } from "../support/accounts";
import { expectNoSeriousA11yViolations } from "../support/axe";

const DEMO_PASSWORD = "learn-backend-2026";
const TITLE = `Caching Drills ${Date.now().toString(36)}`;

test("an instructor moves a lesson to another module from the outline", async ({ page }) => {
  test.setTimeout(120_000);
  await submitSignIn(page, "ada@academy.test", DEMO_PASSWORD, "/studio");
  await page.getByLabel("New course title").fill(TITLE);
  await page.getByRole("button", { name: "Create course" }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  for (const title of ["Cache basics", "Invalidation"]) {
    await page.getByLabel("New module").fill(title);
    await page.getByRole("button", { name: "Add module" }).click();
    await expect(page.getByRole("region", { name: `Module ${title}` })).toBeVisible();
  }
  const basics = page.getByRole("region", { name: "Module Cache basics" });
  const invalidation = page.getByRole("region", { name: "Module Invalidation" });
  await basics.getByRole("textbox", { name: "New lesson in Cache basics" }).fill("Purging by tag");
  await basics.getByRole("button", { name: "Add lesson to Cache basics" }).click();
  await expect(basics.getByRole("link", { name: "Purging by tag", exact: true })).toBeVisible();

  // Escape closes the form and the focus goes back to its button.
  const open = basics.getByRole("button", { name: "Move to module… (Purging by tag)" });
  await open.click();
  const target = basics.getByRole("combobox", { name: "Move Purging by tag to" });
  await expect(target).toBeFocused();
  await expect(open).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Escape");
  await expect(target).toHaveCount(0);
  await expect(open).toBeFocused();
  await expect(open).toHaveAttribute("aria-expanded", "false");

  await open.click();
  await expect(target.getByRole("option")).toHaveText(["Invalidation"]);
  await expectNoSeriousA11yViolations(page);
  await basics.getByRole("button", { name: "Move Purging by tag", exact: true }).click();
  await expect(invalidation.getByRole("link", { name: "Purging by tag", exact: true })).toBeVisible();
  await expect(basics.getByText("No lessons in this module yet.")).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole("region", { name: "Module Invalidation" }).getByRole("link", { name: "Purging by tag" }),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: "Module Cache basics" }).getByRole("link")).toHaveCount(0);
});
