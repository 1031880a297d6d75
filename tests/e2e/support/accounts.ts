// Account steps shared by the e2e specs, done through the UI as a person would.
import { expect, type Page } from "@playwright/test";
import { PASSWORD, poolEmail } from "./account-pool";

export { PASSWORD };

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.test`;
}

/**
 * Opens the dev mailbox for `to` until a mail whose subject matches has arrived. Account mail is written
 * just after the form's answer (so timing reveals nothing), hence the reloads.
 */
export async function openMail(page: Page, to: string, subject: RegExp) {
  const message = page.getByRole("article", { name: subject }).first();
  await expect(async () => {
    await page.goto(`/dev/mail?to=${encodeURIComponent(to)}`);
    await expect(message).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  return message;
}

/**
 * The newest mail to `to` whose subject matches, as the path of its first link, or of its first link named `name`
 * (the dev mailbox renders links).
 */
export async function mailLink(page: Page, to: string, subject: RegExp, name?: RegExp): Promise<string> {
  const message = await openMail(page, to, subject);
  const href = await message
    .getByRole("link", name ? { name } : {})
    .first()
    .getAttribute("href");
  expect(href).toBeTruthy();
  return new URL(href!).pathname + new URL(href!).search;
}

export async function signUp(page: Page, name: string, email: string, password = PASSWORD) {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Check your email")).toBeVisible();
}

/**
 * Follows the confirmation mail. Confirming signs the new account in (and returns to where sign-up began);
 * the session is then dropped so that callers sign in as their test needs.
 */
export async function confirmEmail(page: Page, email: string) {
  await page.goto(await mailLink(page, email, /Confirm your email address/));
  await page.getByRole("button", { name: "Confirm email address" }).click();
  await expect(page.getByRole("banner").getByRole("button", { name: /Account menu/ })).toBeVisible();
  await page.context().clearCookies({ name: /session-token|ba-signed-in/ });
}

let poolAccountsTaken = 0;

/**
 * A confirmed account no other test has used, named `name`; returns its email, signed out. It comes from the
 * seeded pool (account-pool.ts), not from the sign-up form: only the specs about signing up sign up, so the
 * suite stays under the production sign-up limit. Each Playwright worker process takes its own accounts.
 * `_purpose` (e.g. "buyer") says what the test wants the account for, to the reader.
 */
export async function createVerifiedAccount(page: Page, name: string, _purpose?: string): Promise<string> {
  const email = poolEmail(Number(process.env.TEST_WORKER_INDEX ?? 0), poolAccountsTaken++);
  await submitSignIn(page, email);
  await expect(page.getByRole("banner").getByRole("button", { name: /Account menu/ })).toBeVisible();
  await page.goto("/profile");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Your profile is saved.")).toBeVisible();
  await page.context().clearCookies({ name: /session-token|ba-signed-in/ });
  return email;
}

/** Fills and submits the sign-in form; callers assert where it lands. */
export async function submitSignIn(page: Page, email: string, password = PASSWORD, callbackPath?: string) {
  await page.goto(callbackPath ? `/sign-in?callbackUrl=${encodeURIComponent(callbackPath)}` : "/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}
