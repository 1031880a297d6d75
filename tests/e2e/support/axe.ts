import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * Colours mid-transition (a button easing from its light to its dark colours after the colour scheme changed,
 * a hover fading) are neither the page's before nor its after: the scan waits until every CSS transition and
 * animation that will end has ended (infinite ones, like a spinner, are left running).
 */
async function settleTransitions(page: Page) {
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every(
          (animation) => animation.playState !== "running" || animation.effect?.getTiming().iterations === Infinity,
        ),
    undefined,
    { timeout: 5_000 },
  );
}

/** Fails on any serious or critical axe-core violation, listing each with its first target. */
export async function expectNoSeriousA11yViolations(page: Page) {
  await settleTransitions(page);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes[0]?.target.join(" ")} ${v.nodes[0]?.failureSummary ?? ""}`.trim(),
    );
  expect(serious, `axe violations on ${page.url()}`).toEqual([]);
}
