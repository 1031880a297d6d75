// A learner in Los Angeles buys a seat in the April cohort (not the next one), finds it on the dashboard and
// opens its home: the schedule reads in their zone, and no join link is there months before a session. Their
// calendar feed answers without a session; the cohort's mentor posts an announcement that the learner then sees.
// Then a graded project: the learner submits their repository, the mentor requests changes with the rubric,
// the learner resubmits, and the mentor passes it.
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
  await page.getByLabel("Clock").selectOption("24"); // this spec reads 24-hour times (cohort-clock reads 12-hour)
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
  // The seeded sessions: cohort-schedule.spec adds "Office hours" to this cohort when it ran first on this server.
  const sessions = page.getByTestId("cohort-session").filter({ hasNotText: "Office hours" });
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
  // One event per session the home lists (eight seeded, and the schedule spec's three when it ran first here).
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(await page.getByTestId("cohort-session").count());
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

  // A graded project: submit the repository's link.
  const projects = page.getByRole("region", { name: "Projects" });
  await expect(projects.getByTestId("cohort-project")).toHaveCount(2);
  await projects.getByRole("link", { name: /Harden the practice API/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Harden the practice API" })).toBeVisible();
  // Day 24 of a cohort starting 12 April in New York: 6 May, 23:59 there, 20:59 here.
  await expect(page.getByTestId("project-deadline")).toContainText("Thu 6 May 2027, 20:59");
  await page.getByLabel("Repository link").fill("https://github.com/lola/practice-api");
  await page.getByLabel("Notes for your reviewer (optional)").fill("SECURITY.md is in the root.");
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  await expect(page.getByText(/^Submitted\./)).toBeVisible();
  const history = page.getByRole("region", { name: "History" });
  await expect(history.getByTestId("submission")).toHaveCount(1);
  await expect(history.getByTestId("submission").first()).toContainText("Waiting for review");
  await expectNoSeriousA11yViolations(page);
  const projectUrl = page.url();

  // The mentor finds it in the review queue and requests changes with the rubric.
  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  await submitSignIn(reviewer, "mentor@academy.test", DEMO_PASSWORD, "/dashboard");
  await reviewer.getByRole("link", { name: `Run ${APRIL} of Backend Security Essentials` }).click();
  await reviewer.getByRole("link", { name: "Review queue" }).click();
  await expect(reviewer.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
  const item = reviewer.getByTestId("queue-item").filter({ hasText: "Lola Cohort" });
  await expect(item).toHaveCount(1);
  await expectNoSeriousA11yViolations(reviewer);
  await item.getByRole("link").click();
  await expect(reviewer.getByRole("heading", { level: 1 })).toHaveText("Harden the practice API: Lola Cohort");
  const rubric = (criterion: string) => reviewer.getByRole("group", { name: criterion });
  const score = async (levels: Record<string, string>) => {
    for (const [criterion, level] of Object.entries(levels))
      await rubric(criterion)
        .getByRole("radio", { name: new RegExp(`^${level} \\(`) })
        .check();
  };
  await score({
    "Injection closed": "Fixed where found",
    "Object-level authorisation": "On some endpoints",
    "Rate limiting and logging": "Rate limit only",
    "Write-up": "Present",
  });
  await reviewer.getByLabel("Comment for the learner (Markdown)").fill("Add **tests** for another user's ids.");
  await reviewer.getByRole("radio", { name: "Changes requested" }).check();
  await expectNoSeriousA11yViolations(reviewer);
  await reviewer.getByRole("button", { name: "Save the review" }).click();
  await expect(reviewer.getByText(/^Saved\./)).toBeVisible();

  // The learner reads the review and submits again.
  await page.goto(projectUrl);
  await expect(page.getByTestId("review").first()).toContainText("5 of 9 points");
  await expect(page.getByTestId("review").first().locator("strong")).toHaveText("tests");
  await page.getByLabel("Repository link").fill("https://github.com/lola/practice-api/tree/with-tests");
  await page.getByRole("button", { name: "Submit again" }).click();
  await expect(page.getByText(/^Submitted\./)).toBeVisible();
  await expect(history.getByTestId("submission")).toHaveCount(2);

  // The mentor passes the second attempt, its first one shown beside it.
  await reviewer.goto(reviewer.url().replace(/\/reviews\/.+$/, "/reviews"));
  await item.getByRole("link").click();
  await expect(reviewer.getByRole("region", { name: "Previous versions" }).getByTestId("submission")).toHaveCount(1);
  await score({
    "Injection closed": "Parameterised everywhere, with a test",
    "Object-level authorisation": "On every endpoint, with tests",
    "Rate limiting and logging": "Rate limit and security events logged",
    "Write-up": "Present",
  });
  await reviewer.getByRole("radio", { name: "Passed" }).check();
  await reviewer.getByRole("button", { name: "Save the review" }).click();
  await expect(reviewer.getByText(/^Saved\./)).toBeVisible();
  await reviewerContext.close();

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Harden the practice API" })).toBeVisible();
  await expect(history.getByTestId("submission").first()).toContainText("Passed");
  await expect(page.getByText("This project has passed.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
