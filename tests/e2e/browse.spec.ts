import { expect, test, type APIRequestContext } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";

test("a visitor goes from the home page to a lesson", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Learn to build the systems behind every app");
  await expect(page.getByRole("heading", { name: "Featured courses" })).toBeVisible();
  await expect(page.getByRole("link", { name: "HTTP APIs: REST and GraphQL" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Browse courses" }).click();
  await expect(page).toHaveURL(/\/courses$/);
  await expect(page.getByRole("heading", { level: 1, name: "Courses" })).toBeVisible();
  await expect(page.getByRole("link", { name: "SQL and Data Modelling with PostgreSQL" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Backend Security Essentials" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "HTTP APIs: REST and GraphQL" }).click();
  await expect(page).toHaveURL(/\/courses\/http-apis-rest-graphql$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("HTTP APIs: REST and GraphQL");
  await expect(page.getByRole("heading", { name: "Syllabus" })).toBeVisible();
  await expect(page.getByText("Taught by")).toContainText("Ada Okafor");
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "How HTTP works" }).first().click();
  await expect(page).toHaveURL(/\/lessons\/how-http-works$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // Server-side highlighted code blocks from shiki.
  await expect(page.locator("pre.shiki").first()).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Course contents" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("the catalogue filters by price and format, keeping filters in the URL", async ({ page }) => {
  await page.goto("/courses?price=free");
  await expect(page.getByRole("link", { name: "HTTP APIs: REST and GraphQL" })).toBeVisible();
  await expect(page.getByRole("link", { name: "SQL and Data Modelling with PostgreSQL" })).toHaveCount(0);

  await page.goto("/courses?format=COHORT");
  await expect(page.getByRole("link", { name: "Backend Security Essentials" })).toBeVisible();
  await expect(page.getByRole("link", { name: "HTTP APIs: REST and GraphQL" })).toHaveCount(0);
});

test("a paid course shows its price and locks non-preview lessons", async ({ page }) => {
  await page.goto("/courses/sql-data-modelling-postgresql");
  await expect(page.getByLabel("Enrolment")).toContainText("$79");
  await expect(page.getByLabel("Enrolment")).toContainText(/Lessons\s*\d+/);
});

test("health reports the database up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: "up" });
});

test("every kind of page runs its scripts under its CSP: cached lessons, per-request pages and 404s", async ({
  page,
}) => {
  // Records CSP refusals from the first byte of each page.
  await page.addInitScript(() => {
    const seen: string[] = [];
    // A test-only property on window, set before any page script runs.
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
    );
  });
  const pages = [
    "/",
    "/courses?q=pagination",
    "/courses/http-apis-rest-graphql",
    "/courses/http-apis-rest-graphql/lessons/how-http-works",
    "/courses/http-apis-rest-graphql/lessons/no-such-lesson",
    "/courses/no-such-course",
    "/no/such/page",
    "/sign-in",
    "/forgot-password",
    "/sign-in/check-email",
  ];
  for (const path of pages) {
    await page.goto(path);
    // The account menu renders in the browser: "ready" proves the page's scripts ran.
    await expect(page.getByTestId("user-nav"), path).toHaveAttribute("data-status", "ready");
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), path).toEqual(
      [],
    );
  }
});

test("a lesson page is the same cached HTML for everyone, with no nonce and no lesson behind enrolment in it", async ({
  request,
}) => {
  const preview = await request.get("/courses/http-apis-rest-graphql/lessons/how-http-works");
  expect(preview.status()).toBe(200);
  expect(preview.headers()["content-security-policy"]).toContain("script-src 'self' 'unsafe-inline'");
  expect(preview.headers()["content-security-policy"]).not.toContain("nonce-");
  expect(preview.headers()["set-cookie"]).toBeUndefined();
  expect(preview.headers()["x-frame-options"]).toBe("DENY");

  // The proxy does not run for it: a session cookie gets no sliding refresh nor signed-in hint there…
  const withCookie = { headers: { cookie: "next-auth.session-token=not-a-real-token" } };
  expect(
    (await request.get("/courses/http-apis-rest-graphql/lessons/how-http-works", withCookie)).headers()["set-cookie"],
  ).toBeUndefined();
  // …while a page rendered per request gets the hint from the proxy.
  expect((await request.get("/sign-in", withCookie)).headers()["set-cookie"]).toContain("ba-signed-in=1");

  // A lesson outside the free preview: the page has its title, outline and a placeholder, not its text
  // (the browser then shows the call to enrol, or fetches the text for an enrolled learner).
  const gated = await request.get("/courses/sql-data-modelling-postgresql/lessons/joins-nulls-and-windows");
  const html = await gated.text();
  expect(gated.status()).toBe(200);
  expect(html).toContain('aria-label="Loading the lesson"');
  expect(html).toContain("Joins, NULL and Window Functions");
  expect(html).not.toContain("Most wrong reports are not caused by exotic SQL");
  expect(html).not.toContain('class="shiki');

  // Pages the proxy sees carry a fresh nonce; the catalogue (listing and search) is proxy-free like the home page.
  expect((await request.get("/faq")).headers()["content-security-policy"]).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
  const search = await request.get("/courses?q=pagination");
  expect(search.headers()["content-security-policy"]).not.toContain("nonce-");
  expect(search.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=30");
});

/**
 * Asks for a page until the server's shared cache answers it. A copy Next serves stale (an earlier test changed
 * the page: an enrolment, a review) is not stored, on purpose; the fresh one rendered behind it is.
 */
async function untilSharedCacheHolds(request: APIRequestContext, path: string) {
  await expect
    .poll(async () => (await request.get(path)).headers()["x-page-cache"] ?? "MISS", { intervals: [100, 250, 500] })
    .toBe("HIT");
}

test("the server answers repeat lesson, course and home page views from its shared page cache, and nothing personal goes through it", async ({
  request,
}) => {
  const path = "/courses/http-apis-rest-graphql/lessons/methods-and-status-codes";
  await untilSharedCacheHolds(request, path);
  const first = await request.get(path);
  const repeat = await request.get(path, {
    headers: { cookie: "next-auth.session-token=someone-elses-session; ba-signed-in=1" },
  });
  expect(repeat.headers()["x-page-cache"]).toBe("HIT");
  expect(await repeat.text()).toBe(await first.text());
  expect(repeat.headers()["content-security-policy"]).toBe(first.headers()["content-security-policy"]);
  expect(repeat.headers()["set-cookie"]).toBeUndefined();

  // So does a course landing page: the visitor's call to action is filled in by the browser.
  await untilSharedCacheHolds(request, "/courses/http-apis-rest-graphql");
  const landing = await request.get("/courses/http-apis-rest-graphql", {
    headers: { cookie: "next-auth.session-token=x; ba-signed-in=1" },
  });
  expect(landing.headers()["x-page-cache"]).toBe("HIT");
  expect(landing.headers()["content-security-policy"]).not.toContain("nonce-");
  expect(await landing.text()).toContain("Enrol for free");

  // The home page renders per request but is the same for everyone: shared for a minute, without a nonce.
  await untilSharedCacheHolds(request, "/");
  const home = await request.get("/", { headers: { cookie: "next-auth.session-token=someone-elses-session" } });
  expect(home.headers()["x-page-cache"]).toBe("HIT");
  expect(home.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=60");
  expect(home.headers()["content-security-policy"]).not.toContain("nonce-");
  expect(await home.text()).toContain("Learn to build the systems behind every app.");

  // A client-side navigation (RSC) and per-request pages always reach the app.
  expect((await request.get(path, { headers: { RSC: "1" } })).headers()["x-page-cache"]).toBeUndefined();
  // The catalogue listing is shared like the home page, and so are its searches and filters; a URL with a
  // parameter the catalogue does not read is not (junk parameters cannot fill the cache).
  for (const shared of ["/courses", "/courses?q=pagination", "/courses?level=BEGINNER&sort=newest"])
    await untilSharedCacheHolds(request, shared);
  for (const perRequest of ["/courses?q=pagination&utm_source=mail", "/sign-in", "/api/me"]) {
    await request.get(perRequest);
    expect((await request.get(perRequest)).headers()["x-page-cache"]).toBeUndefined();
  }
});

test("on a phone the header's menu leads to the consultation booking, and Sign up keeps its place", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  const header = page.getByRole("banner");
  const signUp = header.getByRole("link", { name: "Sign up" });
  const menuButton = header.getByRole("button", { name: "Menu" });
  await expect(signUp).toBeVisible();
  await expect(menuButton).toBeVisible();
  // Nothing in the header overlaps or pushes the page sideways.
  const boxes = await Promise.all(
    [menuButton, header.getByRole("link", { name: "Backend Academy home" }), signUp].map((l) => l.boundingBox()),
  );
  for (const [left, right] of [
    [boxes[0]!, boxes[1]!],
    [boxes[1]!, boxes[2]!],
  ])
    expect(left!.x + left!.width).toBeLessThanOrEqual(right!.x);
  expect(boxes[2]!.x + boxes[2]!.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await menuButton.click();
  const menu = page.getByRole("menu");
  await expect(menu).toBeVisible();
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoSeriousA11yViolations(page);
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.keyboard.press("Escape");
  await expect(menu).toHaveCount(0);
  await expect(menuButton).toBeFocused();

  await menuButton.click();
  await menu.getByRole("menuitem", { name: "Book a consultation" }).click();
  await expect(page).toHaveURL(/\/consultation$/);
  await expect(menu).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // On a wide screen the link sits in the header itself and the menu button is gone.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(
    header.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Book a consultation" }),
  ).toBeVisible();
  await expect(menuButton).toBeHidden();
});
