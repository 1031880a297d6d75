// Issue 25: the studio's schedule editor. The course's instructor (in Berlin) adds a weekly series to the April
// cohort, which meets on New York time: Wednesdays 12:00 there, three sessions. A member in Los Angeles then
// sees them on the cohort home at 09:00 their time, beside the cohort's eight seeded sessions. A mentor of the
// cohort runs sessions but does not plan the schedule: the editor is a 404 for them.
import { expect, test } from "@playwright/test";
import { createVerifiedAccount, PASSWORD, submitSignIn } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";

const COHORT_COURSE = "backend-security-essentials";
const APRIL = "April 2027 cohort (Americas evenings)";
const DEMO_PASSWORD = "learn-backend-2026"; // the seeded demo accounts (README)

test.use({ timezoneId: "America/Los_Angeles" });

test("an instructor adds a weekly series; a member in Los Angeles sees it in their zone", async ({ page, browser }) => {
  test.setTimeout(120_000);
  // A member of the April cohort whose profile zone is Los Angeles.
  const email = await createVerifiedAccount(page, "Lou Schedule", "schedule member");
  await submitSignIn(page, email, PASSWORD, "/profile");
  await page.getByRole("button", { name: "Use this device's time zone" }).click();
  await expect(page.getByLabel("Time zone", { exact: true })).toHaveValue("America/Los_Angeles");
  await page.getByLabel("Clock").selectOption("24"); // this spec reads 24-hour times (cohort-clock reads 12-hour)
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Your profile is saved.")).toBeVisible();
  await page.goto(`/courses/${COHORT_COURSE}`);
  await page.getByRole("link", { name: `Buy a seat in the ${APRIL} — $249` }).click();
  await page.getByRole("button", { name: "Continue to payment" }).click();
  await page.getByRole("button", { name: "Pay", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Payment received, your course is ready" })).toBeVisible();
  await page.goto("/dashboard");
  await page.getByRole("link", { name: "Open the cohort home of Backend Security Essentials" }).click();
  await expect(page).toHaveURL(/\/cohorts\/[a-z0-9]+$/);
  const cohortId = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page.getByTestId("cohort-session")).toHaveCount(8);

  // The instructor, in Berlin, opens the schedule from the course's studio page.
  const teacherContext = await browser.newContext({ timezoneId: "Europe/Berlin" });
  const teacher = await teacherContext.newPage();
  await submitSignIn(teacher, "ada@academy.test", DEMO_PASSWORD, `/studio/cohorts/${cohortId}/schedule`);
  await expect(teacher.getByRole("heading", { level: 1, name: `Schedule of ${APRIL}` })).toBeVisible();
  await expect(teacher.getByTestId("schedule-zones")).toContainText("the cohort meets on Eastern Time");
  await expect(teacher.getByTestId("schedule-session")).toHaveCount(8);
  await expectNoSeriousA11yViolations(teacher);

  const form = teacher.getByRole("region", { name: "Add weekly sessions" });
  await form.getByLabel("Title").fill("Office hours");
  await form.getByLabel("Agenda").fill("Your questions on the week's module");
  await form.getByLabel("Wednesday").check();
  await form.getByLabel("Start time (America/New_York)").fill("12:00");
  await form.getByLabel("Length in minutes").fill("60");
  await form.getByLabel("First date").fill("2027-05-05");
  await form.getByRole("textbox", { name: "Number of sessions" }).fill("61");
  await form.getByRole("button", { name: "Add the weekly sessions" }).click();
  // Too many: refused with what to do, nothing added.
  await expect(form.getByText("A series has at most 60 sessions: split a longer schedule in two.")).toBeVisible();
  await form.getByRole("textbox", { name: "Number of sessions" }).fill("3");
  await form.getByRole("button", { name: "Add the weekly sessions" }).click();
  await expect(form.getByText("Added. Members get a calendar invite for each within a minute.")).toBeVisible();
  const added = teacher.getByTestId("schedule-session").filter({ hasText: "Office hours" });
  await expect(added).toHaveCount(3);
  // 12:00 in New York in May is 18:00 in Berlin, the instructor's profile zone.
  await expect(added.first()).toContainText("Wed 5 May, 18:00–19:00");
  await expect(added.first()).toContainText("12:00 America/New_York");
  await teacherContext.close();

  // The member sees the series on the cohort home, at 09:00 Los Angeles time.
  await page.reload();
  await expect(page.getByTestId("cohort-session")).toHaveCount(11);
  const office = page.getByTestId("cohort-session").filter({ hasText: "Office hours" });
  await expect(office).toHaveCount(3);
  await expect(office.getByTestId("session-time")).toHaveText(Array(3).fill("09:00–10:00"));
  await expect(office.first()).toContainText("Wed 5 May");
  await expect(office.nth(2)).toContainText("Wed 19 May");

  // The cohort's mentor cannot plan the schedule.
  const mentorContext = await browser.newContext();
  const mentor = await mentorContext.newPage();
  await submitSignIn(mentor, "mentor@academy.test", DEMO_PASSWORD, "/dashboard");
  await expect(mentor.getByRole("banner").getByRole("button", { name: /Account menu/ })).toBeVisible();
  const refused = await mentor.goto(`/studio/cohorts/${cohortId}/schedule`);
  expect(refused?.status()).toBe(404);
  await mentorContext.close();
});
