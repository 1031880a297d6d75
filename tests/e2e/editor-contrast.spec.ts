// The CodeMirror editors' colours pass WCAG AA in both schemes (issue #14: One Dark's tokens did not).
// axe is scoped to the editor and the test checks that axe really measured the highlighted tokens: a
// token it could not measure ("incomplete") or skipped would let a failing colour through.
import AxeBuilder from "@axe-core/playwright";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { contrastRatio } from "../../components/ui/code-theme/palette";
import { loadCourse } from "../../lib/content/load-curriculum";
import { createVerifiedAccount, PASSWORD, submitSignIn } from "./support/accounts";

const DEMO_PASSWORD = "learn-backend-2026";
const COURSE_SLUG = "http-apis-rest-graphql";
const course = loadCourse(path.join(process.cwd(), "prisma", "content", COURSE_SLUG));
const sqlLesson = course.modules.flatMap((m) => m.lessons).find((l) => l.kind === "sql")!;
const NO_TRANSITIONS = "*, *::before, *::after { transition: none !important; animation: none !important; }";

// One query with every kind of token the SQL grammar highlights.
const EVERY_TOKEN = [
  "-- every kind of token",
  `SELECT id, "title", count(*) AS n, 'text' || 'more', 42, 3.5, TRUE, NULL, now()::timestamp`,
  "FROM posts /* a block comment */ WHERE id >= 1 AND title LIKE $1",
  "ORDER BY id;",
].join("\n");

async function replaceEditorText(page: Page, text: string) {
  await page.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(text);
}

/** axe's colour-contrast rule on the editor only; returns how many highlighted tokens it measured. */
async function expectEditorContrast(page: Page): Promise<number> {
  const results = await new AxeBuilder({ page }).include(".cm-editor").withRules(["color-contrast"]).analyze();
  const describe = (nodes: { html: string; failureSummary?: string }[]) =>
    nodes.map((n) => `${n.html} ${n.failureSummary ?? ""}`.trim());
  expect(describe(results.violations.flatMap((v) => v.nodes)), "contrast failures in the editor").toEqual([]);
  // axe leaves one-character text (the line numbers) undecided: expectLineNumberContrast measures those.
  const undecided = results.incomplete.flatMap((v) => v.nodes).filter((n) => !/too short/.test(n.failureSummary ?? ""));
  expect(describe(undecided), "editor text axe could not measure").toEqual([]);
  const measured = results.passes.flatMap((p) => p.nodes);
  return measured.filter((n) => /^<span class="ͼ/.test(n.html)).length;
}

/** The line numbers' computed colours, measured as axe would (they are opaque, so no blending is needed). */
async function expectLineNumberContrast(page: Page) {
  const colours = await page
    .locator(".cm-gutterElement")
    .last()
    .evaluate((element) => {
      const hex = (rgb: string) =>
        "#" +
        (rgb.match(/\d+/g) ?? [])
          .slice(0, 3)
          .map((c) => Number(c).toString(16).padStart(2, "0"))
          .join("");
      const gutters = element.closest(".cm-gutters")!;
      return { text: hex(getComputedStyle(element).color), background: hex(getComputedStyle(gutters).backgroundColor) };
    });
  expect(contrastRatio(colours.text, colours.background), JSON.stringify(colours)).toBeGreaterThanOrEqual(4.5);
}

/**
 * Highlighted token spans in the editor (CodeMirror's generated class names start with ͼ) with a letter or
 * digit: axe does not measure text made only of symbols (`||`, `::`); the unit test covers those colours.
 */
const tokenSpans = (page: Page) =>
  page
    .locator(".cm-line span[class^='ͼ']")
    .evaluateAll((spans) => spans.filter((span) => /[\p{L}\p{N}]/u.test(span.textContent ?? "")).length);

for (const scheme of ["dark", "light"] as const) {
  test(`the SQL editor's tokens and line numbers reach AA contrast (${scheme})`, async ({ page }) => {
    test.setTimeout(120_000);
    const email = await createVerifiedAccount(page, `Cora Contrast ${scheme}`, "contrast");
    await submitSignIn(page, email, PASSWORD, `/courses/${COURSE_SLUG}`);
    await expect(page).toHaveURL(new RegExp(`/courses/${COURSE_SLUG}$`));
    await page.getByRole("button", { name: "Enrol for free" }).click();
    await expect(page).toHaveURL(/\/lessons\//, { timeout: 30_000 });

    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`/courses/${COURSE_SLUG}/lessons/${sqlLesson.slug}`);
    await page.addStyleTag({ content: NO_TRANSITIONS });
    await replaceEditorText(page, EVERY_TOKEN);
    // The cursor on the first line: the active-line background sits under the comment, the rest on the editor's.
    await page.keyboard.press("ControlOrMeta+Home");
    const spans = await tokenSpans(page);
    expect(spans, "the query is highlighted").toBeGreaterThanOrEqual(15);
    expect(await expectEditorContrast(page)).toBeGreaterThanOrEqual(spans);
    await expect(page.locator(".cm-gutters")).toContainText("4");
    await expectLineNumberContrast(page);
  });
}

test("the studio's Markdown editor reaches AA contrast in dark mode", async ({ page }) => {
  test.setTimeout(120_000);
  await submitSignIn(page, "ada@academy.test", DEMO_PASSWORD, "/studio");
  await expect(page.getByRole("heading", { level: 1, name: "Studio" })).toBeVisible();
  await page.locator("tbody th a").first().click();
  await page.locator("a[href*='/lessons/']").first().click();
  await expect(page.locator(".cm-content")).toBeVisible();
  await page.emulateMedia({ colorScheme: "dark" });
  await page.addStyleTag({ content: NO_TRANSITIONS });
  await expect(page.locator(".cm-editor")).toHaveCSS("background-color", "rgb(40, 44, 52)");
  await expectEditorContrast(page);
});
