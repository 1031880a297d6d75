// Paid enrolment with the built-in test provider (no Stripe keys), through the UI: buy → access →
// receipt → refund from admin → access gone; a cohort seat with a coupon; a declined card; pay later.
import { expect, test, type Page } from "@playwright/test";
import { createVerifiedAccount, PASSWORD, submitSignIn } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";

const SQL_COURSE = "sql-data-modelling-postgresql";
const COHORT_COURSE = "backend-security-essentials";

async function newLearner(page: Page, name: string): Promise<string> {
  const email = await createVerifiedAccount(page, name, "buyer");
  await submitSignIn(page, email, PASSWORD, "/dashboard");
  await expect(page).toHaveURL(/\/dashboard/);
  return email;
}

/** From the course page's Buy button to the test provider's page. */
async function openCheckout(page: Page, slug: string, price: RegExp) {
  await page.goto(`/courses/${slug}`);
  await page.getByRole("link", { name: price }).first().click();
  await expect(page).toHaveURL(`/courses/${slug}/checkout`);
  await expect(page.getByText("TEST MODE")).toBeVisible();
}

async function continueToTestCheckout(page: Page) {
  await page.getByRole("button", { name: "Continue to payment" }).click();
  await expect(page).toHaveURL(/\/checkout\/test\/cs_test_/);
  await expect(page.getByRole("heading", { name: "Test checkout" })).toBeVisible();
}

test("buy a course, read it, get a receipt; an admin refund takes the access away", async ({ page, browser }) => {
  const email = await newLearner(page, "Paula Payer");
  await openCheckout(page, SQL_COURSE, /^Buy — \$79/);
  await expect(page.getByTestId("order-total")).toHaveText("$79.00");
  await expectNoSeriousA11yViolations(page);
  await continueToTestCheckout(page);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Pay", exact: true }).click();

  await expect(page).toHaveURL(/\/checkout\/success\?session_id=cs_test_/);
  await expect(page.getByRole("heading", { name: "Payment received, your course is ready" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "View receipt" }).click();
  await expect(page.getByRole("heading", { name: "Receipt" })).toBeVisible();
  await expect(page.getByTestId("receipt-total")).toHaveText("$79.00");
  await expectNoSeriousA11yViolations(page);

  await page.goto(`/courses/${SQL_COURSE}`);
  await expect(page.getByRole("link", { name: /Start learning|Continue learning/ }).first()).toBeVisible();
  await page.goto("/billing");
  await expect(page.getByRole("listitem").filter({ hasText: "SQL" }).getByText("Paid")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The admin refunds it in full from the payments page.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await submitSignIn(admin, "admin@academy.test", "learn-backend-2026", "/admin/payments");
  await expect(admin).toHaveURL(/\/admin\/payments/);
  await admin.goto(`/admin/payments?q=${encodeURIComponent(email)}`);
  const row = admin.getByTestId("admin-payment");
  await expect(row).toHaveCount(1);
  await expectNoSeriousA11yViolations(admin);
  await expect(row.getByLabel("Refund amount")).toHaveValue("79.00");
  await row.getByRole("button", { name: "Refund" }).click();
  // A dialog states the amount and what it does to the learner's access before anything is refunded.
  const dialog = admin.getByRole("dialog", { name: "Refund $79.00?" });
  await expect(dialog.getByText(/loses access to the course/)).toBeVisible();
  await expectNoSeriousA11yViolations(admin);
  await dialog.getByRole("button", { name: "Refund $79.00" }).click();
  // The page re-renders with the payment refunded (and no refund form left for it).
  await expect(row.getByText("Refunded", { exact: true })).toBeVisible();
  await expect(row.getByText("($79.00 refunded)")).toBeVisible();
  await expect(row.getByRole("button", { name: "Refund" })).toHaveCount(0);
  await adminContext.close();

  await page.goto(`/courses/${SQL_COURSE}/checkout`);
  await expect(page.getByRole("button", { name: "Continue to payment" })).toBeVisible();
  await page.goto("/billing");
  await expect(page.getByText(/Refunded \$79\.00/)).toBeVisible();
});

test("buy a cohort seat with a coupon", async ({ page }) => {
  await newLearner(page, "Cora Cohort");
  await openCheckout(page, COHORT_COURSE, /^Buy — \$249/);
  // The next cohort is chosen for the learner, its seats left beside it.
  await expect(page.getByRole("radio", { name: /January 2027 cohort.*seats? left/ })).toBeChecked();
  await page.getByLabel("Coupon code (optional)").fill("NOSUCHCODE");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("That coupon code does not exist. Check the spelling and try again.")).toBeVisible();
  await page.getByLabel("Coupon code (optional)").fill("launch20");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("discount-line")).toContainText("−$49.80");
  await expect(page.getByTestId("order-total")).toHaveText("$199.20");
  await expectNoSeriousA11yViolations(page);
  await continueToTestCheckout(page);
  await expect(page.getByTestId("test-checkout-amount")).toHaveText("$199.20");
  await expect(page.getByText("Coupon LAUNCH20 applied")).toBeVisible();
  await page.getByRole("button", { name: "Pay", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Payment received, your course is ready" })).toBeVisible();
  await page.goto("/billing");
  await expect(page.getByText(/coupon LAUNCH20/)).toBeVisible();
});

test("a declined card grants nothing, and cancel goes back to the course", async ({ page }) => {
  await newLearner(page, "Dan Declined");
  await openCheckout(page, SQL_COURSE, /^Buy — \$79/);
  await continueToTestCheckout(page);
  await page.getByRole("button", { name: "Decline", exact: true }).click();
  await expect(page.getByText("Your card was declined. Nothing was charged.")).toBeVisible();
  await page.getByRole("link", { name: "Cancel and go back" }).click();
  await expect(page).toHaveURL(`/courses/${SQL_COURSE}`);
  await page.goto("/billing");
  await expect(page.getByText("No purchases yet.")).toBeVisible();
});

test("pay later: confirming until the bank settles, then the course is ready; a refund within the policy is immediate", async ({
  page,
}) => {
  await newLearner(page, "Lena Later");
  await openCheckout(page, SQL_COURSE, /^Buy — \$79/);
  await continueToTestCheckout(page);
  await page.getByRole("button", { name: "Pay later (async)" }).click();
  await expect(page.getByRole("heading", { name: "Confirming your payment…" })).toBeVisible();
  await expect(page.getByText(/Some payment methods take a few days/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const confirming = page.url();
  // Meanwhile the course page says so instead of selling the course again (issue #28).
  await page.goto(`/courses/${SQL_COURSE}`);
  await expect(page.getByText("Payment being confirmed")).toBeVisible();
  await expect(page.getByRole("link", { name: /^Buy — / })).toHaveCount(0);
  await page.goto(confirming);
  await page.getByRole("link", { name: "Open the test bank to settle this payment" }).click();
  await page.getByRole("button", { name: "Bank confirms the payment" }).click();
  await expect(page.getByRole("heading", { name: "Payment received, your course is ready" })).toBeVisible();

  // Just bought, nothing done yet: within the refund policy, so the refund is immediate once confirmed.
  await page.goto("/billing");
  const item = page.getByRole("listitem").filter({ hasText: "SQL" });
  await item.getByText("Ask for a refund").click();
  await expect(item.getByText(/within our refund policy/)).toBeVisible();
  await item.getByLabel(/Why\?/).fill("Bought the wrong course");
  await item.getByRole("button", { name: "Refund $79.00" }).click();
  const dialog = page.getByRole("alertdialog", { name: /Refund \$79\.00 for/ });
  await expect(dialog.getByText(/access to the course ends/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole("button", { name: "Refund $79.00" }).click();
  await expect(item.getByText("Refunded within the refund policy.")).toBeVisible();
  await expect(item.getByText(/Refunded \$79\.00/)).toBeVisible();
  await expect(item.getByText("Ask for a refund")).toHaveCount(0);
});

// Twelve lessons, six of them read: four marked complete are a third of the course, outside the refund policy.
const SHORT_COURSE = "identity-oauth-oidc";
const READ_LESSONS = [
  "authorization-code-with-pkce",
  "client-credentials-and-refresh-rotation",
  "id-tokens-and-their-validation",
  "scopes-and-roles",
];

/** Buys a self-paced course through the test provider; returns its receipt's path. */
async function buyCourse(page: Page, slug: string, price: RegExp): Promise<string> {
  await openCheckout(page, slug, price);
  await continueToTestCheckout(page);
  await page.getByRole("button", { name: "Pay", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Payment received, your course is ready" })).toBeVisible();
  await page.getByRole("link", { name: "View receipt" }).click();
  await expect(page.getByRole("heading", { name: "Receipt" })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** On the receipt: a request for the team (outside the policy), with a reason. */
async function requestRefund(page: Page, receipt: string, reason: string) {
  await page.goto(receipt);
  await page.getByText("Ask for a refund").click();
  await expect(page.getByText(/completed a third of the lessons or more\. Our team reads your request/)).toBeVisible();
  await page.getByLabel("Why are you asking? (optional)").fill(reason);
  await page.getByRole("button", { name: "Send the request" }).click();
  await expect(page.getByText("Refund requested: our team will answer here.")).toBeVisible();
}

/** The admin answers the learner's waiting request on /admin/refunds with a message. */
async function answerRequest(admin: Page, email: string, decision: "Approve" | "Decline", message: string) {
  await admin.goto("/admin/refunds");
  const request = admin.getByRole("listitem").filter({ hasText: email });
  await expect(request).toHaveCount(1);
  await expect(request).toContainText("Rhea Request · Identity: OAuth 2.0 and OpenID Connect · $79.00");
  // What put it outside the policy, for the admin to weigh.
  await expect(request).toContainText("(the same day) · 4 of 12 lessons completed");
  await request.getByRole("radio", { name: decision }).check();
  await request
    .getByLabel(decision === "Approve" ? "Message to the learner (optional)" : /Why is it declined\?/)
    .fill(message);
  await request.getByRole("button", { name: decision === "Approve" ? "Approve and refund $79.00" : "Decline" }).click();
  const dialog = admin.getByRole("alertdialog");
  await expect(dialog).toContainText(decision === "Approve" ? "Refund $79.00 to" : "Decline");
  await expectNoSeriousA11yViolations(admin);
  await dialog.getByRole("button", { name: decision === "Approve" ? "Refund $79.00" : "Decline the request" }).click();
  // Answered: it leaves the waiting list and is listed with its message.
  await expect(request).toHaveCount(0);
  await expect(admin.getByRole("listitem").filter({ hasText: `Message: ${message}` })).toContainText(
    decision === "Approve" ? "Approved" : "Declined",
  );
}

test("a refund outside the policy waits for the team: approved once, declined the next time, with the message the learner reads", async ({
  page,
  browser,
}) => {
  const email = await newLearner(page, "Rhea Request");
  const firstReceipt = await buyCourse(page, SHORT_COURSE, /^Buy — \$79/);
  for (const lesson of READ_LESSONS) {
    await page.goto(`/courses/${SHORT_COURSE}/lessons/${lesson}`);
    await page.getByRole("button", { name: "Mark as complete" }).click();
    await expect(page.getByText("You completed this lesson.")).toBeVisible();
  }
  await requestRefund(page, firstReceipt, "My employer is paying for another course instead");

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await submitSignIn(admin, "admin@academy.test", "learn-backend-2026", "/admin/refunds");
  await expect(admin).toHaveURL(/\/admin\/refunds/);
  await answerRequest(admin, email, "Approve", "Refunded as an exception: good luck with the new course.");

  await page.goto(firstReceipt);
  await expect(page.getByText(/^Refund request approved on /)).toBeVisible();
  await expect(page.getByText("From our team: Refunded as an exception: good luck with the new course.")).toBeVisible();
  await expect(page.getByRole("row", { name: /Refund on .* −\$79\.00/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Bought again, the progress kept: still outside the policy, and this time the team declines.
  const secondReceipt = await buyCourse(page, SHORT_COURSE, /^Buy — \$79/);
  await requestRefund(page, secondReceipt, "Changed my mind again");
  await answerRequest(admin, email, "Decline", "A second refund for the same course is not possible.");
  await adminContext.close();

  await page.goto(secondReceipt);
  await expect(page.getByText(/^Refund request declined on /)).toBeVisible();
  await expect(page.getByText("From our team: A second refund for the same course is not possible.")).toBeVisible();
  await expect(page.getByText("Ask for a refund")).toHaveCount(0);
  await page.goto(`/courses/${SHORT_COURSE}`);
  await expect(page.getByRole("link", { name: /Start learning|Continue learning/ }).first()).toBeVisible();
});
