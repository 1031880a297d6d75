import { expect, test, type Page } from "@playwright/test";
import { createVerifiedAccount, PASSWORD, submitSignIn } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";

async function signIn(page: Page, email: string) {
  await submitSignIn(page, email, PASSWORD, "/profile");
  await expect(page.getByRole("heading", { name: "Profile and settings" })).toBeVisible();
}

test("every response carries the security headers and the nonce CSP does not block the app", async ({ page }) => {
  const blocked: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });
  const response = await page.goto("/sign-in");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // The form is interactive only if the nonce-carrying scripts ran.
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("Enter your email address.")).toBeVisible();
  expect(blocked).toEqual([]);
});

test("profile: name and time zone, data download, and sign out everywhere ends other sessions at once", async ({
  page,
  browser,
}) => {
  const email = await createVerifiedAccount(page, "Pat Profile", "session");
  await signIn(page, email);
  await expectNoSeriousA11yViolations(page);

  const profile = page.getByRole("region", { name: "Profile" });
  await profile.getByLabel("Time zone").selectOption("Asia/Tokyo");
  await profile.getByLabel("Name").fill("y".repeat(10_240));
  await profile.getByRole("button", { name: "Save profile" }).click();
  await expect(profile.getByText("Keep your name under 100 characters.")).toBeVisible();
  // The refused save keeps the chosen zone and focuses the name.
  await expect(profile.getByLabel("Name")).toBeFocused();
  await expect(profile.getByLabel("Time zone")).toHaveValue("Asia/Tokyo");
  await profile.getByLabel("Name").fill("Pat Renamed");
  await profile.getByRole("button", { name: "Save profile" }).click();
  await expect(profile.getByText("Your profile is saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("region", { name: "Profile" }).getByLabel("Time zone")).toHaveValue("Asia/Tokyo");
  await expect(page.getByRole("banner").getByRole("button", { name: /Account menu/ })).toContainText("Pat Renamed");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download my data" }).click();
  const file = await download;
  const exported = JSON.parse(
    await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8")),
  ) as { user: { email: string; name: string; timeZone: string } };
  expect(exported.user).toMatchObject({ email, name: "Pat Renamed", timeZone: "Asia/Tokyo" });

  // A second device, signed in as the same person.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, email);

  await page.getByRole("region", { name: "Sessions" }).getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  await otherPage.reload();
  await expect(otherPage).toHaveURL(/\/sign-in\?callbackUrl=%2Fprofile/);
  const exportResponse = await otherPage.request.get("/profile/export");
  expect(exportResponse.status()).toBe(401);
  await other.close();
});
