import { expect, test, type Page } from "@playwright/test";
import { confirmEmail, mailLink, openMail, PASSWORD, signUp, submitSignIn, uniqueEmail } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";

const signIn = (page: Page, email: string, password: string) => submitSignIn(page, email, password);

async function expectSignedInAs(page: Page, name: string) {
  await expect(page.getByRole("banner").getByRole("button", { name: /Account menu/ })).toContainText(name);
}

test("sign up, confirm through the dev mailbox, sign in and sign out", async ({ page }) => {
  const email = uniqueEmail("new");
  await page.goto("/sign-up");
  await expectNoSeriousA11yViolations(page);

  // Bad input is explained next to each field.
  await page.getByLabel("Name").fill("x".repeat(120));
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("password1");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Keep your name under 100 characters.")).toBeVisible();
  await expect(page.getByText("Enter an email address like name@example.com.")).toBeVisible();
  await expect(page.getByText(/too common and easy to guess/)).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
  // What was typed stays, and the focus is on the first field to correct.
  await expect(page.getByLabel("Name")).toBeFocused();
  await expect(page.getByLabel("Email")).toHaveValue("not-an-email");

  await signUp(page, "Nia Newcomer", email);

  // Signing in before confirming explains what to do.
  await signIn(page, email, PASSWORD);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Please confirm your email address first");
  // That refusal mailed a fresh link, which replaces the first; mail leaves through the outbox a moment after the
  // answer, so wait for it before following the newest link.
  await expect(async () => {
    await page.goto(`/dev/mail?to=${encodeURIComponent(email)}`);
    await expect(page.getByRole("article", { name: /Confirm your email address/ })).toHaveCount(2, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });

  await confirmEmail(page, email);
  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/$/);
  await expectSignedInAs(page, "Nia Newcomer");

  await page
    .getByRole("banner")
    .getByRole("button", { name: /Account menu/ })
    .click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fprofile/);
});

test("a duplicate sign-up gets the same answer and the owner is told what to do", async ({ page }) => {
  const email = uniqueEmail("dup");
  await signUp(page, "First Owner", email);
  await signUp(page, "Someone Else", email);
  await expect(await openMail(page, email, /You already have a Backend Academy account/)).toContainText(
    "/forgot-password",
  );
});

test("demo accounts sign in with the documented password", async ({ page }) => {
  await signIn(page, "learner@academy.test", "learn-backend-2026");
  await expectSignedInAs(page, "Sam Learner");
});

test("password reset by emailed link, which works once", async ({ page }) => {
  const email = uniqueEmail("reset");
  await signUp(page, "Rosa Reset", email);
  await confirmEmail(page, email);

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByText(/we've sent it a link to choose a new password/)).toBeVisible();

  const link = await mailLink(page, email, /Reset your password/);
  await page.goto(link);
  await page.getByLabel("New password").fill("short");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
  await page.getByLabel("New password").fill("copper willow sunrise");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText(/Your password has been changed/)).toBeVisible();

  await page.goto(link);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("This reset link has already been used.");
  await expect(page.getByRole("link", { name: "Get a new reset link" })).toBeVisible();

  await signIn(page, email, PASSWORD);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("don't match");
  await signIn(page, email, "copper willow sunrise");
  await expectSignedInAs(page, "Rosa Reset");
});

test("magic link sign-in", async ({ page }) => {
  await page.goto("/sign-in?callbackUrl=%2Fprofile");
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Email").fill("ada@academy.test");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page).toHaveURL(/\/sign-in\/check-email/);
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  await page.goto(await mailLink(page, "ada@academy.test", /Your sign-in link/));
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByRole("heading", { name: "Profile and settings" })).toBeVisible();
  await expectSignedInAs(page, "Ada Okafor");
});

test("a learner is refused the admin pages; an admin gets them", async ({ page }) => {
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin%2Fusers/);

  // A client cannot choose the address the server records (and rate-limits) by writing X-Forwarded-For,
  // whether it signs in by magic link or by password.
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": "203.0.113.77" });
  await page.getByLabel("Email").fill("ada@academy.test");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page).toHaveURL(/\/sign-in\/check-email/);
  // The dev mailbox answers this machine only, and a request with a forwarding header never is: read it plainly.
  await page.setExtraHTTPHeaders({});
  const link = await mailLink(page, "ada@academy.test", /Your sign-in link/);
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": "203.0.113.77" });
  await page.goto(link);
  await expectSignedInAs(page, "Ada Okafor");
  await page.context().clearCookies();
  await page.goto("/sign-in");
  await signIn(page, "learner@academy.test", "learn-backend-2026");
  await expectSignedInAs(page, "Sam Learner");
  await page.setExtraHTTPHeaders({});
  for (const path of ["/admin/users", "/admin/audit"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You don't have access to this page.");
    await expect(page.getByText("admin@academy.test")).toHaveCount(0);
  }

  await page.context().clearCookies();
  await signIn(page, "admin@academy.test", "learn-backend-2026");
  await expectSignedInAs(page, "Alex Admin");
  await page.goto("/admin/users?q=academy.test");
  await expect(page.getByRole("button", { name: "Disable learner@academy.test" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Disable admin@academy.test" })).toBeDisabled();
  await expectNoSeriousA11yViolations(page);
  await page.goto("/admin/audit?action=auth.sign_in");
  await expect(page.getByRole("cell", { name: "Signed in" }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: /^(127\.0\.0\.1|::1)$/ }).first()).toBeVisible();
  await expect(page.getByText("203.0.113.77")).toHaveCount(0);
  // Every sign-in is recorded with its address, the magic-link one above included.
  const adaSignIn = page.getByRole("row").filter({ hasText: "ada@academy.test" }).first();
  await expect(adaSignIn.getByRole("cell").nth(4)).toHaveText(/^(127\.0\.0\.1|::1)$/);
  await expectNoSeriousA11yViolations(page);
});

test("too many failed sign-ins answer 429 with Retry-After, and a password reset recovers the account", async ({
  page,
}) => {
  const email = uniqueEmail("limit");
  await signUp(page, "Lena Limit", email);
  await confirmEmail(page, email);

  for (let attempt = 1; attempt <= 5; attempt++) {
    await signIn(page, email, `wrong password ${attempt}`);
    await expect(page.getByRole("main").getByRole("alert")).toContainText("don't match");
  }
  const limited = page.waitForResponse((response) => response.url().includes("/api/auth/callback/credentials"));
  await signIn(page, email, PASSWORD);
  const response = await limited;
  expect(response.status()).toBe(429);
  expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    /Too many attempts\. Please try again in \d+ minutes?\./,
  );

  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByText(/we've sent it a link/)).toBeVisible();
  await page.goto(await mailLink(page, email, /Reset your password/));
  await page.getByLabel("New password").fill("granite harbour kite");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText(/Your password has been changed/)).toBeVisible();

  await signIn(page, email, "granite harbour kite");
  await expectSignedInAs(page, "Lena Limit");
});

test("signing up from a lesson's header returns there signed in once the emailed link is confirmed", async ({
  page,
}) => {
  const email = uniqueEmail("place");
  const lesson = "/courses/http-apis-rest-graphql/lessons/how-http-works";
  await page.goto(lesson);
  await page.getByRole("banner").getByRole("link", { name: "Sign up" }).click();
  await expect(page).toHaveURL(/\/sign-up\?callbackUrl=%2Fcourses%2Fhttp-apis-rest-graphql%2Flessons%2Fhow-http-works/);
  await page.getByLabel("Name").fill("Pia Place");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Check your email")).toBeVisible();

  const link = await mailLink(page, email, /Confirm your email address/);
  await page.goto(link);
  await page.getByRole("button", { name: "Confirm email address" }).click();
  await expect(page).toHaveURL(new RegExp(`${lesson}$`));
  await expectSignedInAs(page, "Pia Place");

  // The link works once: followed again (signed out), it says so instead of signing anyone in.
  await page.context().clearCookies();
  await page.goto(link);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("already been used");
});
