// A member of the April cohort submits "Harden the practice API", a project that asks for a 1:1 review call, and
// books a call with the cohort's mentor at a time shown in their own zone and 12-hour clock; the booked call
// shows on the project page with its join link, and the mentor sees it on their review screen for that
// submission. With REVIEW_CALL_SHOTS=1, screenshots (light and dark, 1280 and 390 px) go to screenshots/.
import { expect, test, type Page } from "@playwright/test";
import { createVerifiedAccount, PASSWORD, submitSignIn } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";

const COHORT_COURSE = "backend-security-essentials";
const APRIL = "April 2027 cohort (Americas evenings)";
const DEMO_PASSWORD = "learn-backend-2026"; // the seeded demo accounts (README)

test.use({ timezoneId: "America/Los_Angeles", locale: "en-US" });

async function shots(page: Page, name: string) {
  if (process.env.REVIEW_CALL_SHOTS !== "1") return;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({
        path: `screenshots/issue-25-review-call/${name}-${width}-${scheme}.png`,
        fullPage: true,
      });
    }
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ colorScheme: "light" });
}

test("a member books a review call for their submission and the mentor sees it", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const email = await createVerifiedAccount(page, "Rita Review", "review call");
  await submitSignIn(page, email, PASSWORD, "/profile");
  const profile = page.getByRole("region", { name: "Profile" });
  await profile.getByRole("button", { name: "Use this device's time zone" }).click();
  await profile.getByLabel("Clock").selectOption("12");
  await profile.getByRole("button", { name: "Save profile" }).click();
  await expect(profile.getByText("Your profile is saved.")).toBeVisible();

  await page.goto(`/courses/${COHORT_COURSE}`);
  await page.getByRole("link", { name: `Buy a seat in the ${APRIL} — $249` }).click();
  await page.getByRole("button", { name: "Continue to payment" }).click();
  await page.getByRole("button", { name: "Pay", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Payment received, your course is ready" })).toBeVisible();
  await page.goto("/dashboard");
  await page
    .getByRole("region", { name: "Your live cohorts" })
    .getByRole("link", { name: "Open the cohort home of Backend Security Essentials" })
    .click();
  await page
    .getByRole("region", { name: "Projects" })
    .getByRole("link", { name: /Harden the practice API/ })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Harden the practice API" })).toBeVisible();
  // No call before there is work to talk about.
  await expect(page.getByTestId("review-call")).toHaveCount(0);
  await page.getByLabel("Repository link").fill("https://github.com/rita/practice-api");
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  await expect(page.getByText(/^Submitted\./)).toBeVisible();

  const call = page.getByRole("region", { name: "Review call" });
  await expect(call).toContainText("With Noor Haddad.");
  await expect(call).toContainText("Free times (Pacific Time)");
  const firstTime = call
    .locator("label")
    .filter({ has: page.getByRole("radio") })
    .first();
  const timeText = (await firstTime.innerText()).trim();
  // The learner's 12-hour clock: "9:30 AM", not "09:30".
  expect(timeText).toMatch(/^\d{1,2}:\d{2} [AP]M$/);
  await expectNoSeriousA11yViolations(page);
  await shots(page, "project-choose");
  await firstTime.click();
  await call.getByRole("button", { name: "Book this time" }).click();
  const booked = page.getByTestId("review-call-booked");
  await expect(booked).toContainText("With Noor Haddad on");
  await expect(booked).toContainText(timeText);
  await expect(booked.getByRole("link", { name: "Join the call" })).toHaveAttribute(
    "href",
    "https://meet.example.test/noor-haddad",
  );
  await expect(call.getByRole("button", { name: "Move the call here" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shots(page, "project-booked");

  // The mentor opens the submission from the review queue and finds the call there.
  const mentorContext = await browser.newContext({ timezoneId: "Europe/Berlin" });
  const mentor = await mentorContext.newPage();
  await submitSignIn(mentor, "mentor@academy.test", DEMO_PASSWORD, "/dashboard");
  await mentor.getByRole("link", { name: `Run ${APRIL} of Backend Security Essentials` }).click();
  await mentor.getByRole("link", { name: "Review queue" }).click();
  // The queue lists the cohort's upcoming calls; the mentor opens the submission from the queue itself.
  await expect(mentor.getByTestId("upcoming-call").filter({ hasText: "Rita Review" })).toContainText(
    "Harden the practice API: Rita Review",
  );
  await expectNoSeriousA11yViolations(mentor);
  await shots(mentor, "review-queue");
  await mentor.getByTestId("queue-item").filter({ hasText: "Rita Review" }).getByRole("link").click();
  await expect(mentor.getByRole("heading", { level: 1 })).toHaveText("Harden the practice API: Rita Review");
  const seen = mentor.getByRole("region", { name: "Review call" });
  await expect(seen).toContainText("with Noor Haddad");
  await expect(seen.getByRole("link", { name: "Join" })).toBeVisible();
  await expectNoSeriousA11yViolations(mentor);
  await shots(mentor, "review-screen");
  await mentorContext.close();
});
