// An admin creates a coupon at /admin/coupons, a learner applies it at checkout, the admin switches it off
// and it stops working. Light and dark, desktop and phone, with axe.
import { expect, test } from "@playwright/test";
import { submitSignIn } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";

const COURSE = "sql-data-modelling-postgresql";

test("an admin's new coupon works at checkout until the admin switches it off", async ({ page, browser }) => {
  const code = `E2E${Date.now().toString(36).toUpperCase()}`;
  await submitSignIn(page, "admin@academy.test", "learn-backend-2026", "/admin/coupons");
  await expect(page.getByRole("heading", { name: "New coupon" })).toBeVisible();

  // A percentage over 100 is refused at its field, and nothing is created.
  await page.getByLabel("Code").fill(code);
  await page.getByLabel("Percentage or amount").fill("150");
  await page.getByRole("button", { name: "Create coupon" }).click();
  await expect(page.getByText("Enter a percentage from 1 to 100.")).toBeVisible();
  await expect(page.getByTestId("admin-coupon").filter({ hasText: code })).toHaveCount(0);
  // The valid code stays; the focus is on the field to correct.
  await expect(page.getByLabel("Code")).toHaveValue(code);
  await expect(page.getByLabel("Percentage or amount")).toBeFocused();

  await page.getByLabel("Percentage or amount").fill("10");
  await page.getByRole("button", { name: "Create coupon" }).click();
  await expect(page.getByText("Coupon created.")).toBeVisible();
  const row = page.getByTestId("admin-coupon").filter({ hasText: code });
  await expect(row).toContainText("10% off");
  await expect(row).toContainText("Active");

  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await expectNoSeriousA11yViolations(page);
      await page.screenshot({ path: `test-results/screens/admin-coupons-${colorScheme}-${width}.png`, fullPage: true });
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1280, height: 900 });

  const learnerContext = await browser.newContext();
  const learner = await learnerContext.newPage();
  // The demo learner (not enrolled in this paid course): the suite's sign-ups per address are limited.
  await submitSignIn(learner, "learner@academy.test", "learn-backend-2026", `/courses/${COURSE}/checkout`);
  await expect(learner.getByText("TEST MODE")).toBeVisible();
  // The field stays disabled until the form has hydrated (hydration would reset a code typed before it), and
  // fill waits for it to be enabled.
  await learner.getByLabel("Coupon code (optional)").fill(code.toLowerCase());
  await learner.getByRole("button", { name: "Apply" }).click();
  await expect(learner.getByTestId("discount-line")).toBeVisible();

  await row.getByRole("button", { name: `Switch off ${code}` }).click();
  await expect(row).toContainText("Off");
  await learner.reload();
  await learner.getByLabel("Coupon code (optional)").fill(code);
  await learner.getByRole("button", { name: "Apply" }).click();
  await expect(learner.getByText("That coupon code does not exist. Check the spelling and try again.")).toBeVisible();
  await learnerContext.close();
});
