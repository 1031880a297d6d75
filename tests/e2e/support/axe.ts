import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Fails on any serious or critical axe-core violation, listing each with its first target. */
export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes[0]?.target.join(" ")} ${v.nodes[0]?.failureSummary ?? ""}`.trim(),
    );
  expect(serious, `axe violations on ${page.url()}`).toEqual([]);
}
