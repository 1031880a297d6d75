// An admin creates an API key in profile settings, copies it, and calls the API as the reference page's curl
// shows (from the test with fetch); then revokes it and the same call is refused. Light and dark, desktop and
// phone, with axe, for the keys section and the reference page.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { submitSignIn } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";

async function screens(page: Page, name: string, target?: Locator) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await expectNoSeriousA11yViolations(page);
      const path = `test-results/screens/${name}-${colorScheme}-${width}.png`;
      if (target) await target.screenshot({ path });
      else await page.screenshot({ path, fullPage: true });
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** The curl example's URL and headers, as a shell would send them with the key in $ACADEMY_API_KEY. */
function requestFromCurl(curl: string, key: string) {
  const url = /curl (?:-X \w+ )?'([^']+)'/.exec(curl)?.[1];
  const headers = Object.fromEntries(
    [...curl.matchAll(/-H "([^:]+): ([^"]+)"/g)].map(([, name, value]) => [
      name!,
      value!.replace("$ACADEMY_API_KEY", key),
    ]),
  );
  return { url: url!, headers };
}

test("an admin's API key from profile settings calls the API as the reference shows, until revoked", async ({
  page,
}) => {
  // A sign-in, the profile, the API reference, the API itself and two server actions: on CI's two busy workers this
  // passed the default minute (it failed there at 60 s with the revoke still pending; alone it passed).
  test.setTimeout(120_000);
  const name = `E2E key ${Date.now().toString(36)}`;
  await submitSignIn(page, "admin@academy.test", "learn-backend-2026", "/profile");
  const section = page.getByRole("region", { name: "API keys" });
  await expect(section.getByRole("heading", { name: "API keys" })).toBeVisible();

  // No scope chosen: refused at the scopes, nothing created.
  await section.getByLabel("Key name").fill(name);
  await section.getByRole("button", { name: "Create key" }).click();
  await expect(section.getByText("Choose at least one scope")).toBeVisible();

  await section.getByLabel("courses:read").check();
  await section.getByLabel("enrollments:read").check();
  await section.getByRole("button", { name: "Create key" }).click();
  const shown = section.getByTestId("new-api-key");
  await expect(shown).toHaveText(/^ba_key_[A-Za-z0-9_-]{43}$/);
  const key = (await shown.textContent())!;
  await expect(section.getByRole("listitem").filter({ hasText: name })).toContainText("never used");
  await screens(page, "profile-api-keys", section);

  // The reference page's curl for the course list, sent with the key.
  await page.goto("/developers/api");
  await expect(page.getByRole("heading", { name: "API reference" })).toBeVisible();
  const curl = (await page.getByTestId("curl-listCourses").textContent())!;
  expect(curl).toContain('-H "Authorization: Bearer $ACADEMY_API_KEY"');
  const request = requestFromCurl(curl, key);
  const answer = await fetch(request.url, { headers: request.headers });
  expect(answer.status).toBe(200);
  const body = (await answer.json()) as { items: { slug: string; outline: unknown[] }[] };
  expect(body.items.length).toBeGreaterThan(0);
  expect(body.items[0]!.outline.length).toBeGreaterThan(0);
  await screens(page, "api-reference");

  // The key's use shows on the profile; revoked, the same request is refused at once.
  await page.goto("/profile");
  const row = section.getByRole("listitem").filter({ hasText: name });
  await expect(row).toContainText("last used");
  await row.getByRole("button", { name: "Revoke" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Revoke key" }).click();
  await expect(row).toContainText("Revoked");
  const refused = await fetch(request.url, { headers: request.headers });
  expect(refused.status).toBe(401);
  expect(refused.headers.get("content-type")).toBe("application/problem+json");
});
