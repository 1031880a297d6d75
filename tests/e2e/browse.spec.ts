import { expect, test } from "@playwright/test";
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
