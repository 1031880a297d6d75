// An admin's double click on a refund makes one refund: the dialog's button and a form submitted twice both
// carry one refund request, which the server records once.
import { expect, test } from "@playwright/test";
import { createVerifiedAccount, PASSWORD, submitSignIn } from "./support/accounts";

const COURSE = "sql-data-modelling-postgresql";

test("double click on Refund makes one refund", async ({ page, browser }) => {
  const email = await createVerifiedAccount(page, "Dora Double", "double");
  await submitSignIn(page, email, PASSWORD, "/dashboard");
  await expect(page).toHaveURL(/\/dashboard/);
  await page.goto(`/courses/${COURSE}`);
  await page
    .getByRole("link", { name: /^Buy — \$79/ })
    .first()
    .click();
  await page.getByRole("button", { name: "Continue to payment" }).click();
  await expect(page).toHaveURL(/\/checkout\/test\/cs_test_/);
  await page.getByRole("button", { name: "Pay", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Payment received, your course is ready" })).toBeVisible();

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await submitSignIn(admin, "admin@academy.test", "learn-backend-2026", "/admin/payments");
  await expect(admin).toHaveURL(/\/admin\/payments/);
  await admin.goto(`/admin/payments?q=${encodeURIComponent(email)}`);
  const row = admin.getByTestId("admin-payment");
  await expect(row).toHaveCount(1);

  await row.getByLabel("Refund amount").fill("5");
  await row.getByRole("button", { name: "Refund" }).click();
  const dialog = admin.getByRole("dialog", { name: "Refund $5.00?" });
  await expect(dialog.getByText(/keeps access to the course/)).toBeVisible();
  await dialog.getByRole("button", { name: "Refund $5.00" }).dblclick();
  await expect(row.getByText("($5.00 refunded)")).toBeVisible();
  await expect(row.getByText("Refunded. The learner has been e-mailed.")).toBeVisible();

  // The same request submitted twice more (a form resent before the page re-rendered) changes nothing.
  await admin.reload();
  await row.getByLabel("Refund amount").fill("5");
  await row.locator("form").evaluate((form: HTMLFormElement) => {
    form.requestSubmit();
    form.requestSubmit();
  });
  await expect(row.getByText("($10.00 refunded)")).toBeVisible();
  await admin.reload();
  await expect(row.getByText("($10.00 refunded)")).toBeVisible();
  await adminContext.close();

  await page.goto("/billing");
  const item = page.getByRole("listitem").filter({ hasText: "SQL" });
  await expect(item.getByText(/Refunded \$5\.00/)).toHaveCount(2);
});
