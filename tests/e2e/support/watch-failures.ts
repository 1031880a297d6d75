// Collects what a person would never see but a journey must not have: failed requests to our own origin,
// answers >= 400, and console errors (a missing favicon, a 404 prefetch and a React error all land here).
import type { Page } from "@playwright/test";

export function watchFailures(page: Page, origin: string): string[] {
  const failures: string[] = [];
  const ours = (url: string) => url.startsWith(origin);
  page.on("response", (response) => {
    if (ours(response.url()) && response.status() >= 400)
      failures.push(`${response.status()} ${response.request().method()} ${response.url()}`);
  });
  page.on("requestfailed", (request) => {
    const error = request.failure()?.errorText ?? "failed";
    // ERR_ABORTED is the browser cancelling what a navigation made moot (a prefetch in flight when the page
    // changes); a request that really failed says why (refused, reset, name not resolved...).
    if (ours(request.url()) && !error.includes("ERR_ABORTED"))
      failures.push(`${error} ${request.method()} ${request.url()}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error") failures.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => failures.push(`page error: ${error.message}`));
  return failures;
}
