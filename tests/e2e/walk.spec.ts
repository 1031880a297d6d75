// The walk of issue #28: each journey (prospect, learner, advisor, instructor, admin) visits its pages in light
// and dark at 1280 and 390 px, with axe on every page, and fails on any console error or failed request
// (aborted prefetches aside). Cheap for CI: the seeded accounts sign in once each (their cookies are reused),
// and each theme × width is one browser context that only visits pages.
import path from "node:path";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { loadCourse } from "../../lib/content/load-curriculum";
import { codeVariant, functionExercise } from "../../lib/content/schema";
import { submitSignIn } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { passQuiz } from "./support/lessons";
import { watchFailures } from "./support/watch-failures";

const DEMO_PASSWORD = "learn-backend-2026";
const COURSE = "http-apis-rest-graphql";
const course = loadCourse(path.join(process.cwd(), "prisma", "content", COURSE));
const lessons = course.modules.flatMap((m) => m.lessons);
const quiz = lessons.find((l) => l.kind === "quiz")!;
const code = lessons.find((l) => l.kind === "code")!;

type Role = "learner" | "advisor" | "instructor" | "admin";
const ACCOUNTS: Record<Role, string> = {
  learner: "learner@academy.test",
  advisor: "maya@academy.test",
  instructor: "ada@academy.test",
  admin: "admin@academy.test",
};
type Cookies = Awaited<ReturnType<BrowserContext["cookies"]>>;
const cookies = {} as Record<Role, Cookies>;
const journeys: { name: string; role: Role | null; paths: string[] }[] = [];

// Each theme × width is its own test, spread over both e2e workers (each signs in once, in its beforeAll).
test.describe.configure({ mode: "parallel" });

async function signedIn(context: BrowserContext, role: Role): Promise<Page> {
  const page = await context.newPage();
  await submitSignIn(page, ACCOUNTS[role], DEMO_PASSWORD);
  await expect(page.getByRole("banner").getByRole("button", { name: /Account menu/ })).toBeVisible();
  cookies[role] = await context.cookies();
  return page;
}

/** Hrefs found on a page, for ids the walk cannot know in advance. */
async function hrefOf(page: Page, name: string | RegExp) {
  const href = await page
    .getByRole("link", { name, exact: typeof name === "string" })
    .first()
    .getAttribute("href");
  expect(href, `a link named ${String(name)} on ${page.url()}`).toBeTruthy();
  return href!;
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  for (const role of ["learner", "advisor", "admin"] as const) {
    await signedIn(context, role);
    await context.clearCookies();
  }
  const page = await signedIn(context, "instructor");
  await page.goto("/studio");
  const studioCourse = await hrefOf(page, course.title);
  await page.goto(studioCourse);
  const quizEdit = await hrefOf(page, quiz.title);
  await page.goto(`/courses/${COURSE}`);
  const instructor = await hrefOf(page, /^Ada/);
  await context.close();

  journeys.push(
    {
      name: "prospect",
      role: null,
      // Home, catalogue, course and free lesson pages are journey.spec's, in both schemes at both widths.
      paths: ["/tracks", "/faq", "/consultation", instructor, "/about", "/contact", "/sign-in", "/sign-up"],
    },
    {
      name: "learner",
      role: "learner",
      paths: [
        "/dashboard",
        `/courses/${COURSE}`,
        `/courses/${COURSE}/lessons/${lessons[2]!.slug}`,
        "/profile",
        "/billing",
      ],
    },
    { name: "advisor", role: "advisor", paths: ["/advisor/consultations", "/advisor/availability"] },
    {
      name: "instructor",
      role: "instructor",
      paths: [
        "/studio",
        studioCourse,
        `${studioCourse}/analytics`,
        quizEdit,
        `${quizEdit}/history`,
        `${quizEdit}/preview`,
        "/studio/import",
      ],
    },
    {
      name: "admin",
      role: "admin",
      paths: [
        "/admin/users",
        "/admin/payments",
        "/admin/coupons",
        "/admin/reviews",
        "/admin/audit",
        "/admin/advisors",
        "/admin/status",
      ],
    },
  );
});

// Each width is one test, and each page is loaded once in it and checked in both schemes (the scheme switched in
// place: the colours follow prefers-color-scheme in CSS). At 1280 px pages load in light and are then seen dark;
// at 390 px the other way round, so each scheme is also met on a first load.
for (const [width, schemes] of [
  [1280, ["light", "dark"]],
  [390, ["dark", "light"]],
] as const) {
  test(`every journey's pages pass axe with no errors (${schemes.join(" then ")}, ${width} px)`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(300_000);
    const context = await browser.newContext({
      colorScheme: schemes[0],
      viewport: { width, height: width > 640 ? 800 : 844 },
    });
    // axe must see the scheme's final colours, not a frame of a transition.
    await context.addInitScript(() => {
      addEventListener("DOMContentLoaded", () => {
        const style = document.createElement("style");
        style.textContent = "*, *::before, *::after { transition: none !important; animation: none !important; }";
        document.head.append(style);
      });
    });
    const page = await context.newPage();
    const failures = watchFailures(page, baseURL!);
    for (const journey of journeys) {
      await context.clearCookies();
      if (journey.role) await context.addCookies(cookies[journey.role]);
      for (const visit of journey.paths) {
        await page.emulateMedia({ colorScheme: schemes[0] });
        const response = await page.goto(visit);
        expect(response?.status(), `${journey.name}: ${visit}`).toBeLessThan(400);
        await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
        for (const colorScheme of schemes) {
          await page.emulateMedia({ colorScheme });
          await expectNoSeriousA11yViolations(page);
        }
      }
    }
    await page.waitForLoadState("networkidle");
    expect(failures).toEqual([]);
    await context.close();
  });
}

test("an author previews a quiz and a code exercise as a learner, and nothing is recorded", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  await context.addCookies(cookies.instructor);
  const page = await context.newPage();
  // The published lesson page offers its own author the preview, not "Enrol".
  await page.goto(`/courses/${COURSE}/lessons/${quiz.slug}`);
  await expect(page.getByTestId("staff-notice")).toBeVisible();
  await expect(page.getByText(/Enrol/)).toHaveCount(0);
  await page.goto("/studio");
  await page.getByRole("link", { name: course.title, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: course.title })).toBeVisible();
  const studioCourse = page.url();
  await page.getByRole("link", { name: quiz.title, exact: true }).first().click();
  await page.getByRole("link", { name: "Preview as a learner" }).click();
  await expect(page.getByTestId("learner-preview-banner")).toContainText("nothing you do here is saved");
  await expect(page.getByText(/Enrol/)).toHaveCount(0);
  await passQuiz(page, quiz);
  await expect(page.getByTestId("quiz-result")).toContainText("Preview: nothing you do here is saved.");

  await page.goto(studioCourse);
  await page.getByRole("link", { name: code.title, exact: true }).first().click();
  await page.getByRole("link", { name: "Preview as a learner" }).click();
  const written = code.exercise?.type === "code" ? functionExercise(code.exercise.code) : null;
  const variant = written ? codeVariant(written, "javascript") : null;
  const solution = variant!.solution;
  await expect(page.getByRole("button", { name: /solution/i })).toHaveCount(0);
  const run = page.getByRole("button", { name: "Run tests" });
  await expect(run).toBeEnabled({ timeout: 60_000 });
  await page.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(solution);
  await run.click();
  await expect(page.getByTestId("server-verdict")).toContainText("Correct", { timeout: 60_000 });
  await expect(page.getByTestId("server-verdict")).toContainText("Preview: nothing you do here is saved.");
  await expect(page.getByText(/Enrol/)).toHaveCount(0);
  await context.close();
});
