// A prospect in Los Angeles books a London advisor, reschedules and cancels from the emailed link; the
// advisor edits availability, sees the booking and sends a learning plan.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { mailLink, openMail, submitSignIn, uniqueEmail } from "./support/accounts";

test.use({ timezoneId: "America/Los_Angeles", locale: "en-US" });

async function pickFirstFreeTime(page: Page): Promise<string> {
  const days = page.getByRole("list", { name: /^Days in/ }).getByRole("button");
  await expect(days.first().or(page.getByText("No free times in this month."))).toBeVisible();
  if ((await days.count()) === 0) await page.getByRole("button", { name: "Next month" }).click();
  await days.first().click();
  const time = page.getByRole("list", { name: "Free times" }).getByRole("button").first();
  await expect(time).toBeVisible();
  const label = (await time.textContent()) ?? "";
  await time.click();
  return label;
}

async function bookWithMaya(page: Page, name: string, email: string, { mistypeEmail = false } = {}) {
  await page.goto("/consultation");
  await page.getByText("Maya Chen", { exact: true }).click();
  await expect(page.getByLabel("Your time zone")).toHaveValue("America/Los_Angeles");
  const time = await pickFirstFreeTime(page);
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(mistypeEmail ? "not-an-email@" : email);
  await page.getByLabel("Current role").fill("Support engineer");
  await page.getByLabel("What would you like from the call?").fill("Move into backend work within a year.");
  if (mistypeEmail) {
    // The server refuses the address: everything typed and the chosen time stay, and the focus is on the email.
    await page.getByRole("button", { name: "Confirm booking" }).click();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Email")).toBeFocused();
    await expect(page.getByLabel("Email")).toHaveValue("not-an-email@");
    await expect(page.getByLabel("Name")).toHaveValue(name);
    await expect(page.getByLabel("Current role")).toHaveValue("Support engineer");
    await expect(page.getByLabel("What would you like from the call?")).toHaveValue(
      "Move into backend work within a year.",
    );
    await expect(page.getByText(`Chosen time:`)).toContainText(time);
    await page.getByLabel("Email").fill(email);
  }
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("heading", { name: "You’re booked" })).toBeVisible();
  return time;
}

/** The prospect confirms from the link in the confirmation request, as the booking asks them to. */
async function confirmFromMail(page: Page, email: string) {
  await page.goto(await manageLink(page, email, "Confirm your career consultation"));
  await expect(page.getByRole("heading", { name: "Confirm your consultation" })).toBeVisible();
  await page.getByRole("button", { name: "Confirm consultation" }).click();
  await expect(page.getByText(/^Confirmed\./)).toBeVisible();
}

/** The manage link of the newest mail with that subject (mailLink reloads the mailbox until it is there). */
function manageLink(page: Page, email: string, subject: string): Promise<string> {
  return mailLink(page, email, new RegExp(`^${subject}`), /\/consultation\/manage/);
}

test("a prospect in Los Angeles books a London advisor, reschedules through the emailed link, then cancels", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Book a consultation" }).click();
  await expect(page.getByRole("heading", { name: "Book a free career consultation" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The zone field finds zones by city and abbreviation, and takes today's names the browser's list may lack.
  const zone = page.getByLabel("Your time zone");
  await zone.fill("berlin");
  await expect(page.getByRole("option", { name: /^Europe\/Berlin/ })).toBeVisible();
  await zone.fill("CET");
  await expect(page.getByRole("option", { name: /^Europe\/Andorra/ })).toBeVisible();
  await zone.fill("Asia/Kolkata");
  await zone.blur();
  await expect(zone).toHaveValue("Asia/Kolkata");
  await zone.fill("los angeles");
  await expect(page.getByRole("option", { name: /^America\/Los_Angeles/ })).toBeVisible();
  await zone.press("Enter");
  await expect(zone).toHaveValue("America/Los_Angeles");

  const email = uniqueEmail("prospect");
  const chosen = await bookWithMaya(page, "Pat Prospect", email, { mistypeEmail: true });
  const bookedUrl = page.url();
  // 09:00–17:00 in London is between 01:00 and 09:00 in Los Angeles; an en-US visitor reads a 12-hour clock.
  expect(chosen).toMatch(/^[1-8]:(00|30)\sAM$/);
  await expect(page.getByText(/with:\s*Maya Chen/i)).toBeVisible();
  // The confirmation names the zone and keeps the visitor's clock.
  await expect(page.getByText(/\d:\d\d\sAM, Pacific (Standard|Daylight) Time/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await confirmFromMail(page, email);
  await expectNoSeriousA11yViolations(page);

  const booked = await openMail(page, email, /^Your career consultation is booked/);
  await expect(booked.getByRole("link", { name: "invite.ics" })).toBeVisible();
  const invite = await (
    await page.request.get((await booked.getByRole("link", { name: "invite.ics" }).getAttribute("href"))!)
  ).text();
  expect(invite).toContain("METHOD:REQUEST");

  await page.goto(await manageLink(page, email, "Your career consultation is booked"));
  await expect(page.getByRole("heading", { name: "Your consultation" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // The booked time (and its buffers) is not among the free times, so the first free one is another time. The
  // first day with a free time may have only one left, whatever the hour the suite runs at.
  const before = await page.getByTestId("booking-when").textContent();
  const movedTo = await pickFirstFreeTime(page);
  await page.getByRole("button", { name: /^Move to / }).click();
  await expect(page.getByText(/^Moved\./)).toBeVisible();
  // The page shows the new time, and nothing tied to its now dead link.
  await expect(page.getByTestId("booking-when")).toContainText(movedTo);
  await expect(page.getByTestId("booking-when")).not.toHaveText(before!);
  await expect(page.getByRole("button", { name: /^Move to|^Cancel consultation/ })).toHaveCount(0);

  await page.goto(await manageLink(page, email, "Your career consultation has moved"));
  await expect(page.getByTestId("booking-when")).toContainText(movedTo);
  // Cancelling asks first; going back changes nothing.
  await page.getByRole("button", { name: "Cancel consultation" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Cancel this consultation?" });
  await expect(dialog.getByRole("button", { name: "Go back" })).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole("button", { name: "Go back" }).click();
  await expect(page.getByText(/^Cancelled\./)).toHaveCount(0);
  await page.getByRole("button", { name: "Cancel consultation" }).click();
  await dialog.getByRole("button", { name: "Cancel consultation" }).click();
  await expect(page.getByText(/^Cancelled\./)).toBeVisible();
  await expect(page.getByRole("list", { name: "Free times" })).toHaveCount(0);

  // The booking's own page no longer promises a call or reminders.
  await page.goto(bookedUrl);
  await expect(page.getByRole("heading", { name: "This consultation was cancelled" })).toBeVisible();
  await expect(page.getByText(/no reminders/)).toBeVisible();
  await expect(page.getByText(/remind you/)).toHaveCount(0);

  const cancelled = await openMail(page, email, /^Your career consultation is cancelled/);
  await expect(cancelled.getByRole("link", { name: "cancelled.ics" })).toBeVisible();
});

test("the advisor edits availability, sees the booking and sends a learning plan that arrives", async ({ page }) => {
  const email = uniqueEmail("planned");
  await bookWithMaya(page, "Lee Learner", email);
  await confirmFromMail(page, email);

  await submitSignIn(page, "maya@academy.test", "learn-backend-2026");
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  await page.goto("/advisor/availability");
  // Maya works weekdays; she adds hours on a weekend day that is not today in London, so that its 10:00 is in the
  // preview's next seven days and past her notice whatever day and hour the suite runs.
  const today = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", weekday: "long" }).format(new Date());
  const [added, other] = today === "Saturday" ? ["Sunday", "Saturday"] : ["Saturday", "Sunday"];
  await page.getByLabel(added).fill("10:00-12:00");
  // A bad range is refused at its field; the other days keep what was typed.
  const kept = await page.getByLabel(other).inputValue();
  await page.getByLabel(other).fill("25:00-26:00");
  await page.getByRole("button", { name: "Save availability" }).click();
  await expect(page.getByLabel(other)).toBeFocused();
  await expect(page.getByLabel(other)).toHaveValue("25:00-26:00");
  await expect(page.getByLabel(added)).toHaveValue("10:00-12:00");
  await page.getByLabel(other).fill(kept);
  await page.getByRole("button", { name: "Save availability" }).click();
  await expect(page.getByText(/^Saved\. The preview/)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(added)).toHaveValue("10:00-12:00");
  const addedDay = page
    .getByRole("list", { name: "Bookable slots in the next seven days" })
    .getByRole("listitem")
    .filter({ hasText: new RegExp(`^${added.slice(0, 3)}`) });
  await expect(addedDay.getByText("10:00", { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto("/advisor/consultations");
  const card = page.getByRole("article", { name: "Consultation with Lee Learner" });
  await expect(card).toBeVisible();
  await expect(card.getByText("Move into backend work within a year.")).toBeVisible();
  await card.getByText(/^Learning plan/).click();
  await card.getByLabel("Add a course").selectOption({ index: 1 });
  await card.getByRole("button", { name: "Add to plan" }).click();
  await card.getByLabel("Note to the prospect").fill("Start here, then book another call.");
  await card.getByRole("button", { name: "Send learning plan" }).click();
  await expect(card.getByText(/^Sent\./)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await openMail(page, email, /^Your learning plan from Maya Chen/);
});
