// The policy and prose pages (the refund policy the FAQ and receipts point to among them) run their scripts under
// their CSP in both colour schemes: rendered per request, each response's nonce must reach every script it has.
import { expect, test } from "@playwright/test";
import { watchFailures } from "./support/watch-failures";

const PAGES = ["/refund-policy", "/faq", "/terms", "/privacy", "/about", "/contact"];

for (const colorScheme of ["light", "dark"] as const) {
  test(`the prose pages load with no CSP refusal and no failed request (${colorScheme})`, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ colorScheme });
    // Records CSP refusals from the first byte of each page.
    await context.addInitScript(() => {
      const seen: string[] = [];
      // A test-only property on window, set before any page script runs.
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
      );
    });
    const page = await context.newPage();
    const failures = watchFailures(page, baseURL!);
    for (const path of PAGES) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      expect(response?.headers()["content-security-policy"], path).toMatch(/script-src [^;]*'nonce-/);
      // The account menu renders in the browser: "ready" proves the page's scripts ran.
      await expect(page.getByTestId("user-nav"), path).toHaveAttribute("data-status", "ready");
      const dark = await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches);
      expect(dark, path).toBe(colorScheme === "dark");
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), path).toEqual(
        [],
      );
    }
    await page.waitForLoadState("networkidle");
    expect(failures).toEqual([]);
    await context.close();
  });
}
