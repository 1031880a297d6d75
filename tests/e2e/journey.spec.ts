// A new learner's whole first visit, as issue #14 walked it: home → catalogue → course → free preview →
// sign up → enrol → lesson → quiz → dashboard → account menu, at 1280 and 390 px. Every page is checked by
// axe in light AND dark mode, and the journey fails on any failed request or console error.
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { loadCourse } from "../../lib/content/load-curriculum";
import { createVerifiedAccount, PASSWORD, submitSignIn } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { watchFailures } from "./support/watch-failures";
import { passQuiz } from "./support/lessons";

const COURSE_SLUG = "http-apis-rest-graphql";
const course = loadCourse(path.join(process.cwd(), "prisma", "content", COURSE_SLUG));
const lessons = course.modules.flatMap((m) => m.lessons);
const quiz = lessons.find((l) => l.kind === "quiz")!;

/** No colour transitions: axe must see the scheme's final colours, not a frame halfway between two. */
const NO_TRANSITIONS = "*, *::before, *::after { transition: none !important; animation: none !important; }";

/** axe in the light scheme, then in the dark one (Tailwind's dark: follows prefers-color-scheme). */
async function checkBothSchemes(page: Page) {
  await page.addStyleTag({ content: NO_TRANSITIONS });
  await page.emulateMedia({ colorScheme: "light" });
  await expectNoSeriousA11yViolations(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoSeriousA11yViolations(page);
  await page.emulateMedia({ colorScheme: "light" });
}

/** Lets prefetches triggered by the last change run, so a 404 among them is seen before the next step. */
const settle = (page: Page) => page.waitForLoadState("networkidle");

for (const viewport of [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 390, height: 844 },
]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test(`a new learner's first visit (${viewport.name})`, async ({ page, baseURL }) => {
      test.setTimeout(240_000);
      const failures = watchFailures(page, baseURL!);
      const phone = viewport.width < 640;
      const header = page.getByRole("banner");

      // Home: Sign up stays in the header on phones; topics lead only where there are courses.
      await page.goto("/");
      await expect(header.getByRole("link", { name: "Sign up" })).toBeVisible();
      await expect(header.getByRole("link", { name: "Sign in" })).toBeVisible();
      const topics = page.getByRole("heading", { name: "Explore by topic" }).locator("xpath=..").getByRole("listitem");
      await expect(topics.first()).toBeVisible();
      await expect(topics.filter({ hasText: /\b0 courses/ })).toHaveCount(0);
      // Every topic now has published courses, and each shows up once (issue #14: only topics with courses).
      await expect(topics).toHaveCount(6);
      await checkBothSchemes(page);

      // Catalogue: on phones the filters wait behind a button; either way the URL keeps only what is set.
      await page.getByRole("link", { name: "Browse courses" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Courses" })).toBeVisible();
      if (phone) {
        await expect(page.getByRole("combobox", { name: "Level" })).toHaveCount(0);
        await page.getByRole("button", { name: "Filters" }).click();
        const sheet = page.getByRole("dialog", { name: "Filter courses" });
        // Six topics with courses, plus "Any topic".
        await expect(sheet.getByRole("combobox", { name: "Topic" }).locator("option")).toHaveCount(7);
        await sheet.getByLabel("Price").selectOption("free");
        await checkBothSchemes(page);
        await sheet.getByRole("button", { name: "Show courses" }).click();
        await expect(sheet).toHaveCount(0);
        await expect(page).toHaveURL(/\/courses\?price=free$/);
        await page.getByRole("searchbox", { name: "Search" }).fill("keyset");
        await page.getByRole("button", { name: "Search", exact: true }).click();
        await expect(page).toHaveURL(/\/courses\?q=keyset&price=free$/);
      } else {
        await page.getByRole("searchbox", { name: "Search" }).fill("keyset");
        await page.getByRole("button", { name: "Apply filters" }).click();
        await expect(page).toHaveURL(/\/courses\?q=keyset$/);
      }
      const result = page.getByRole("article").filter({ hasText: course.title });
      await expect(result.locator("mark").first()).toBeVisible();
      await checkBothSchemes(page);

      // Course page, then a free preview lesson, both before signing up.
      await result.getByRole("link", { name: course.title }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(course.title);
      await checkBothSchemes(page);
      await page.getByRole("link", { name: "Try a free preview lesson" }).click();
      await expect(page.getByText("You are reading a free preview")).toBeVisible();
      await expect(page.getByRole("complementary", { name: "Course outline" })).toHaveCount(1);
      await checkBothSchemes(page);

      // Sign up and in (through the dev mailbox), enrol, read, mark complete.
      const email = await createVerifiedAccount(page, "Ines Journey", `journey-${viewport.name}`);
      await submitSignIn(page, email, PASSWORD, `/courses/${COURSE_SLUG}`);
      await expect(page).toHaveURL(new RegExp(`/courses/${COURSE_SLUG}$`));
      await page.getByRole("button", { name: "Enrol for free" }).click();
      await expect(page).toHaveURL(new RegExp(`/lessons/${lessons[0]!.slug}$`));
      await expect(page.getByTestId("learner-state")).toHaveAttribute("data-status", "ready");
      await page.getByRole("button", { name: "Mark as complete" }).click();
      await expect(page.getByText("You completed this lesson")).toBeVisible();
      await settle(page);
      expect(failures, "after marking a lesson complete").toEqual([]);
      await checkBothSchemes(page);

      // The next lesson through a prefetched link: a client-side navigation, not a full load.
      await page.evaluate(() => ((window as unknown as { journeyMarker: boolean }).journeyMarker = true));
      await page.getByRole("navigation", { name: "Lesson navigation" }).getByRole("link", { name: /Next/ }).click();
      await expect(page).toHaveURL(new RegExp(`/lessons/${lessons[1]!.slug}$`));
      expect(await page.evaluate(() => (window as unknown as { journeyMarker?: boolean }).journeyMarker)).toBe(true);

      // A quiz, its questions readable in dark mode too.
      await page.goto(`/courses/${COURSE_SLUG}/lessons/${quiz.slug}`);
      await expect(page).toHaveURL(new RegExp(`/lessons/${quiz.slug}$`));
      await expect(page.getByRole("form", { name: "Quiz" })).toBeVisible();
      await checkBothSchemes(page);
      await passQuiz(page, quiz);
      await settle(page);
      expect(failures, "after passing the quiz").toEqual([]);

      // The account menu closes on Escape, on a click outside, and after choosing an item.
      const menuButton = header.getByRole("button", { name: /Account menu/ });
      const menu = page.getByRole("menu");
      await menuButton.click();
      await expect(menu).toBeVisible();
      await page.keyboard.press("Escape");
      await expect(menu).toHaveCount(0);
      await expect(menuButton).toBeFocused();
      await menuButton.click();
      await expect(menu).toBeVisible();
      // A click outside the menu: at the left edge, which the right-aligned menu never covers (on a phone it
      // covers the page's heading, now that the menu has more entries).
      await page.mouse.click(4, 300);
      await expect(menu).toHaveCount(0);
      await menuButton.click();
      await menu.getByRole("menuitem", { name: "My learning" }).click();
      await expect(page).toHaveURL(/\/dashboard$/);
      await expect(menu).toHaveCount(0);

      // Dashboard: the next lesson's whole title is on its button.
      const card = page
        .getByRole("region", { name: "In progress" })
        .getByRole("listitem")
        .filter({ has: page.getByRole("heading", { name: course.title }) });
      const continueLink = card.getByRole("link", { name: /^Continue/ });
      await expect(continueLink).toBeVisible();
      const next = await continueLink.locator("span span").last();
      expect(await next.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
      await checkBothSchemes(page);

      await menuButton.click();
      await menu.getByRole("menuitem", { name: "Profile and settings" }).click();
      await expect(page).toHaveURL(/\/profile$/);
      await expect(menu).toHaveCount(0);
      await menuButton.click();
      await menu.getByRole("menuitem", { name: "Sign out" }).click();
      await expect(header.getByRole("link", { name: "Sign in" })).toBeVisible();

      await settle(page);
      expect(failures, "anywhere in the journey").toEqual([]);
    });
  });
}

test("the catalogue listing and its searches are shareable for a while, and neither denies the back/forward cache", async ({
  request,
}) => {
  const listing = await request.get("/courses");
  expect(listing.status()).toBe(200);
  expect(listing.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=60");
  const search = await request.get("/courses?q=keyset");
  expect(search.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=30");
  for (const response of [listing, search]) expect(response.headers()["cache-control"]).not.toContain("no-store");
  const favicon = await request.get("/icon.svg");
  expect(favicon.status()).toBe(200);
});
