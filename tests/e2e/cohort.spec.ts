// A learner in Los Angeles buys a seat in the April cohort (not the next one), finds it on the dashboard and
// opens its home: the schedule reads in their zone, and no join link is there months before a session. Their
// calendar feed answers without a session; the cohort's mentor posts an announcement that the learner then sees.
import { expect, test } from "@playwright/test";
import { createVerifiedAccount, PASSWORD, submitSignIn } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";

const COHORT_COURSE = "backend-security-essentials";
const APRIL = "April 2027 cohort (Americas evenings)";
const DEMO_PASSWORD = "learn-backend-2026"; // the seeded demo accounts (README)

test.use({ timezoneId: "America/Los_Angeles" });

test("buy the April cohort, see it on the dashboard, read its schedule in Los Angeles time", async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  const email = await createVerifiedAccount(page, "Lola Cohort", "cohort buyer");
  await submitSignIn(page, email, PASSWORD, "/profile");
  await page.getByRole("button", { name: "Use this device's time zone" }).click();
  await expect(page.getByLabel("Time zone", { exact: true })).toHaveValue("America/Los_Angeles");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Your profile is saved.")).toBeVisible();

  // The course page offers a seat in each cohort; this learner picks April.
  await page.goto(`/courses/${COHORT_COURSE}`);
  const cohorts = page.getByRole("complementary", { name: "Upcoming cohorts" });
  await expect(cohorts.getByRole("listitem")).toHaveCount(2);
  // Each cohort's weekly times in the visitor's zone: April meets at 19:00 in New York, 16:00 here.
  await expect(cohorts.getByRole("listitem").nth(1).getByTestId("cohort-session-times")).toHaveText(
    "Live sessions Mon & Thu, 16:00–18:00 your time (Pacific Daylight Time)",
  );
  await cohorts.getByRole("link", { name: `Buy a seat in the ${APRIL} — $249` }).click();
  await expect(page).toHaveURL(/\/courses\/backend-security-essentials\/checkout\?cohort=/);
  await expect(page.getByRole("radio", { name: new RegExp(APRIL.replace(/[()]/g, "\\$&")) })).toBeChecked();
  // 12 April 2027 19:00 in New York is 16:00 in Los Angeles.
  await expect(page.getByRole("radio", { checked: true })).toHaveAccessibleName(
    /Starts Mon 12 Apr, 16:00 Pacific Daylight Time/,
  );
  await expect(page.getByTestId("chosen-cohort")).toContainText(APRIL);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Continue to payment" }).click();
  await expect(page).toHaveURL(/\/checkout\/test\/cs_test_/);
  await page.getByRole("button", { name: "Pay", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Payment received, your course is ready" })).toBeVisible();

  await page.goto("/dashboard");
  const live = page.getByRole("region", { name: "Your live cohorts" });
  await expect(live.getByRole("listitem")).toHaveCount(1);
  await expect(live.getByText(APRIL)).toBeVisible();
  await expect(live.getByTestId("cohort-next-session")).toHaveText(
    "Next live session: Mon 12 Apr, 16:00–18:00 Pacific Daylight Time",
  );
  await expectNoSeriousA11yViolations(page);
  await live.getByRole("link", { name: "Open the cohort home of Backend Security Essentials" }).click();

  await expect(page).toHaveURL(/\/cohorts\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1, name: APRIL })).toBeVisible();
  await expect(page.getByTestId("countdown")).toHaveText(/^Starts in \d+ days/);
  await expect(page.getByTestId("schedule-zone")).toContainText(
    "Times in Pacific Time, your profile's time zone (change it). The cohort meets on Eastern Time.",
  );
  const sessions = page.getByTestId("cohort-session");
  await expect(sessions).toHaveCount(8);
  // Mondays and Thursdays at 19:00 New York: 16:00 in Los Angeles every time.
  await expect(sessions.getByTestId("session-time")).toHaveText(Array(8).fill("16:00–18:00"));
  await expect(sessions.first()).toContainText("Mon 12 Apr");
  await expect(sessions.nth(1)).toContainText("Thu 15 Apr");
  await expect(page.getByRole("link", { name: "Join the live session" })).toHaveCount(0);
  expect(await page.content()).not.toContain("meet.example.test");
  await expectNoSeriousA11yViolations(page);

  // The calendar feed: a webcal link, and the same address answering a calendar app that has no session.
  const calendar = page.getByRole("region", { name: "Your calendar" });
  await expect(calendar.getByRole("link", { name: "Subscribe in your calendar app" })).toHaveAttribute(
    "href",
    /^webcal:\/\/.+\/calendar\/[^/]+\/cohort\.ics$/,
  );
  const feed = await request.get(await calendar.getByTestId("calendar-url").inputValue());
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  const ics = await feed.text();
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(8);
  expect(ics).not.toContain("meet.example.test");

  // The cohort's mentor posts an announcement from the staff view, where the learner is on the roster.
  const mentorContext = await browser.newContext();
  const mentor = await mentorContext.newPage();
  await submitSignIn(mentor, "mentor@academy.test", DEMO_PASSWORD, "/dashboard");
  await mentor.getByRole("link", { name: `Run ${APRIL} of Backend Security Essentials` }).click();
  await expect(mentor.getByRole("heading", { level: 1, name: `Run ${APRIL}` })).toBeVisible();
  await expect(mentor.getByTestId("roster-member").filter({ hasText: email })).toHaveCount(1);
  const announce = mentor.getByRole("region", { name: "Post an announcement" });
  await announce.getByLabel("Title").fill("Welcome to the April cohort");
  await announce.getByLabel("Message").fill("Bring a diagram of a service you run to the kick-off.");
  await announce.getByRole("button", { name: "Post and email the members" }).click();
  await expect(announce.getByText(/^Posted\./)).toBeVisible();
  await expectNoSeriousA11yViolations(mentor);
  await mentorContext.close();

  await page.reload();
  const announcements = page.getByRole("region", { name: "Announcements" });
  await expect(announcements.getByRole("heading", { name: "Welcome to the April cohort" })).toBeVisible();
  await expect(announcements).toContainText("Bring a diagram of a service you run to the kick-off.");
  await expectNoSeriousA11yViolations(page);
});
