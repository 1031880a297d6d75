// Issue 25: a member's clock. A learner whose browser writes a 12-hour clock (en-US, Los Angeles) finds the profile's
// Clock field already on 12-hour, saves it, buys a seat in the April cohort (which meets at 19:00 New York) and
// reads every time as "4:00 PM": the course page's cohort times, the dashboard's next session, the cohort home's
// next session, schedule and project deadline. A visitor reads the course page on their browser's clock.
// Screenshots of the profile and the cohort home, light and dark, 1280 and 390 px, go to screenshots/.
import { expect, test, type Page } from "@playwright/test";
import { createVerifiedAccount, PASSWORD, submitSignIn } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";

const COHORT_COURSE = "backend-security-essentials";
const APRIL = "April 2027 cohort (Americas evenings)";

test.use({ timezoneId: "America/Los_Angeles", locale: "en-US" });

async function shots(page: Page, name: string) {
  for (const [label, width] of [
    ["1280", 1280],
    ["390", 390],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: `screenshots/issue-25-clock/${name}-${label}-${scheme}.png`, fullPage: true });
    }
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ colorScheme: "light" });
}

test("a member who chose a 12-hour clock sees PM times on the dashboard and cohort home", async ({ page }) => {
  test.setTimeout(90_000);
  const email = await createVerifiedAccount(page, "Clara Clock", "clock member");
  await submitSignIn(page, email, PASSWORD, "/profile");
  const profile = page.getByRole("region", { name: "Profile" });
  // Never chosen: the field starts at this browser's clock (en-US writes 12-hour).
  await expect(profile.getByLabel("Clock")).toHaveValue("12");
  await profile.getByRole("button", { name: "Use this device's time zone" }).click();
  await profile.getByRole("button", { name: "Save profile" }).click();
  await expect(profile.getByText("Your profile is saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("region", { name: "Profile" }).getByLabel("Clock")).toHaveValue("12");
  await expectNoSeriousA11yViolations(page);
  await shots(page, "profile");

  await page.goto(`/courses/${COHORT_COURSE}`);
  // The cached course page's cohort times follow the saved clock once the page knows who reads it.
  await expect(page.getByTestId("cohort-session-times").last()).toHaveText(
    "Live sessions Mon & Thu, 4:00 PM–6:00 PM your time (Pacific Daylight Time)",
  );
  await page.getByRole("link", { name: `Buy a seat in the ${APRIL} — $249` }).click();
  // 12 April 2027 19:00 in New York is 4:00 PM in Los Angeles.
  await expect(page.getByRole("radio", { checked: true })).toHaveAccessibleName(
    /Starts Mon 12 Apr, 4:00 PM Pacific Daylight Time/,
  );
  await page.getByRole("button", { name: "Continue to payment" }).click();
  await page.getByRole("button", { name: "Pay", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Payment received, your course is ready" })).toBeVisible();

  await page.goto("/dashboard");
  const live = page.getByRole("region", { name: "Your live cohorts" });
  await expect(live.getByTestId("cohort-next-session")).toHaveText(
    "Next live session: Mon 12 Apr, 4:00 PM–6:00 PM Pacific Daylight Time",
  );
  await live.getByRole("link", { name: "Open the cohort home of Backend Security Essentials" }).click();

  await expect(page).toHaveURL(/\/cohorts\/[a-z0-9]+$/);
  await expect(page.getByText("Mon 12 Apr, 4:00 PM–6:00 PM")).toBeVisible();
  // The seeded sessions: cohort-schedule.spec adds "Office hours" to this cohort when it ran first on this server.
  const sessions = page.getByTestId("cohort-session").filter({ hasNotText: "Office hours" });
  await expect(sessions).toHaveCount(8);
  await expect(sessions.getByTestId("session-time")).toHaveText(Array(8).fill("4:00 PM–6:00 PM"));
  // The cohort's own time beside each, in the same clock.
  await expect(sessions.first()).toContainText("7:00 PM New York");
  // Day 24 of the cohort, 23:59 in New York: 8:59 PM here.
  await expect(page.getByTestId("cohort-project").filter({ hasText: "Harden the practice API" })).toContainText(
    "Thu 6 May 2027, 8:59 PM",
  );
  await expect(page.getByText(/\d{2}:\d{2}–\d{2}:\d{2}/)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await shots(page, "cohort-home");
});

test("a visitor reads the course page's cohort times on their browser's clock", async ({ browser }) => {
  for (const [locale, times] of [
    ["en-US", "4:00 PM–6:00 PM"],
    ["en-GB", "16:00–18:00"],
  ] as const) {
    const context = await browser.newContext({ locale, timezoneId: "America/Los_Angeles" });
    const page = await context.newPage();
    await page.goto(`/courses/${COHORT_COURSE}`);
    // The April cohort meets Mondays and Thursdays at 19:00 in New York.
    await expect(page.getByTestId("cohort-session-times").last()).toHaveText(
      `Live sessions Mon & Thu, ${times} your time (Pacific Daylight Time)`,
    );
    await context.close();
  }
});
