// Issue 25's mentor and review-call leftovers, through the UI. The demo mentor (learner role, a calls-only booking
// profile, Berlin, 24 h) reaches their review-call hours from the dashboard, adds and removes a date override
// (the seeded weekly hours stay as they are for the other specs); a learner without a profile is refused the page.
// Signed in, the mentor reads the course page's cohort times in their profile's zone (Berlin), not the browser's
// (Los Angeles). The mentor's profile page (the account menu's "Profile and settings") links to the hours too. The
// admin's advisor list marks the mentor "Review calls only". With MENTOR_CALL_SHOTS=1, screenshots (light and dark,
// 1280 and 390 px) go to screenshots/issue-25-mentor-calls/.
import { expect, test, type Page } from "@playwright/test";
import { submitSignIn } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";

const DEMO_PASSWORD = "learn-backend-2026"; // the seeded demo accounts (README)
const COHORT_COURSE = "backend-security-essentials";

test.use({ timezoneId: "America/Los_Angeles", locale: "en-US" });

async function shots(page: Page, name: string) {
  if (process.env.MENTOR_CALL_SHOTS !== "1") return;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({
        path: `screenshots/issue-25-mentor-calls/${name}-${width}-${scheme}.png`,
        fullPage: true,
      });
    }
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ colorScheme: "light" });
}

async function signIn(page: Page, email: string, path: string) {
  await submitSignIn(page, email, DEMO_PASSWORD, path);
  await page.waitForURL((url) => url.pathname === path);
}

test("the mentor edits their own review-call hours, reached from the dashboard", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "mentor@academy.test", "/dashboard");
  const running = page.getByRole("region", { name: "Cohorts you run" });
  await running.getByRole("link", { name: "your review-call hours" }).click();
  await expect(page).toHaveURL(/\/advisor\/availability$/);
  await expect(page.getByRole("heading", { level: 1, name: "Review-call hours" })).toBeVisible();
  // Not an advisor: no consultations tab, no public profile, no consultation topics.
  await expect(page.getByRole("navigation", { name: "Advisor" })).toHaveCount(0);
  await expect(page.getByLabel("Career change")).toHaveCount(0);
  await expect(page.getByLabel("Monday")).toHaveValue("08:00-20:00");
  await expect(page.getByRole("heading", { name: "What learners can book this week" })).toBeVisible();

  // A date two months ahead, whenever the suite runs (the page lists the overrides still to come).
  const ahead = new Date(Date.now() + 60 * 86_400_000);
  const part = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", ...options }).format(ahead);
  await page.getByLabel("Date", { exact: true }).fill(ahead.toISOString().slice(0, 10));
  await page.getByLabel("Hours that day").fill("10:00-12:00");
  await page.getByRole("button", { name: "Save date" }).click();
  // "Tuesday, 1 June 2027" or without the comma, as the ICU data writes en-GB.
  const written = [
    `${part({ weekday: "long" })},?`,
    part({ day: "numeric" }),
    part({ month: "long" }),
    part({ year: "numeric" }),
  ].join(" ");
  const day = new RegExp(written);
  const override = page.getByRole("listitem").filter({ hasText: day });
  await expect(override).toContainText("10:00-12:00");
  await expectNoSeriousA11yViolations(page);
  await shots(page, "availability");

  await override.getByRole("button", { name: new RegExp(`^Remove ${written}$`) }).click();
  await page.getByRole("button", { name: "Remove override" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: day })).toHaveCount(0);
});

test("signed in, the mentor reads the course page's cohort times in their profile's zone", async ({ page }) => {
  await signIn(page, "mentor@academy.test", "/dashboard");
  await page.goto(`/courses/${COHORT_COURSE}`);
  // The April cohort meets Mondays and Thursdays 19:00 New York: 01:00 Tuesday and Friday in Berlin, where the
  // mentor's profile is (the browser is in Los Angeles and writes a 12-hour clock; the profile's clock is 24 h).
  await expect(page.getByTestId("cohort-session-times").last()).toHaveText(
    "Live sessions Tue & Fri, 01:00–03:00 your time (Central European Summer Time)",
  );
  await shots(page, "course-page");
});

test("the mentor also finds their review-call hours from the account menu, through Profile and settings", async ({
  page,
}) => {
  await signIn(page, "mentor@academy.test", "/dashboard");
  await page
    .getByRole("banner")
    .getByRole("button", { name: /Account menu/ })
    .click();
  await page.getByRole("menuitem", { name: "Profile and settings" }).click();
  const hours = page.getByRole("region", { name: "Review-call hours" });
  await expect(hours).toContainText("Learners in the cohorts you mentor book project review calls");
  await expectNoSeriousA11yViolations(page);
  await shots(page, "profile");
  await hours.getByRole("link", { name: "Edit your review-call hours" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Review-call hours" })).toBeVisible();
});

test("a learner without a booking profile is refused the page", async ({ page }) => {
  await signIn(page, "learner@academy.test", "/dashboard");
  // Nothing on their profile leads there.
  await page.goto("/profile");
  await expect(page.getByRole("heading", { level: 1, name: "Profile and settings" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Review-call hours" })).toHaveCount(0);
  const response = await page.goto("/advisor/availability");
  expect(response?.status()).toBe(403);
  await expect(page.getByLabel("Monday")).toHaveCount(0);
});

test("the admin's advisor list marks the mentor's profile as review calls only", async ({ page }) => {
  await signIn(page, "admin@academy.test", "/admin/advisors");
  const advisors = page.getByRole("region", { name: "Advisors" }).getByRole("listitem");
  const mentor = advisors.filter({ hasText: "mentor@academy.test" });
  await expect(mentor.getByText("Review calls only")).toBeVisible();
  await expect(mentor).toContainText("Not offered for consultations.");
  await expect(mentor.getByText("not public yet")).toHaveCount(0);
  await expect(advisors.filter({ hasText: "maya@academy.test" }).getByText("Review calls only")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await shots(page, "admin-advisors");
});
