import { gzipSync } from "node:zlib";
import { expect, test, type Page } from "@playwright/test";

const READING = "/courses/http-apis-rest-graphql/lessons/how-http-works";
const SQL_EXERCISE = "/courses/sql-data-modelling-postgresql/lessons/revenue-by-country";
const BUDGET_GZIP_BYTES = 200 * 1024;

type Loaded = { url: string; gzip: number };

/**
 * Loads a lesson and records every file it fetches (the page's own and its workers') until the network is
 * quiet, with gzipped sizes, and which scripts the HTML itself names: the first-load JavaScript.
 */
async function visit(page: Page, path: string, ready?: (page: Page) => Promise<void>) {
  const files: Loaded[] = [];
  const pending: Promise<void>[] = [];
  page.context().on("response", (response) => {
    const url = new URL(response.url());
    if (!url.pathname.startsWith("/_next/static/")) return;
    pending.push(
      response
        .body()
        .then((body) => void files.push({ url: url.pathname, gzip: gzipSync(body).length }))
        .catch(() => undefined),
    );
  });
  const document = await page.goto(path, { waitUntil: "networkidle" });
  const html = await document!.text();
  if (ready) await ready(page);
  await page.waitForLoadState("networkidle");
  await Promise.all(pending);
  const named = new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!));
  const firstLoad = files.filter((f) => named.has(f.url) && f.url.endsWith(".js"));
  return { files, firstLoad, named };
}

const kB = (files: Loaded[]) => files.reduce((sum, f) => sum + f.gzip, 0) / 1024;
const isSqlEngine = (url: string) => /\/pglite\.[^/]+\.(wasm|data)$|\/initdb\.[^/]+\.wasm$/.test(url);

test("a reading lesson loads under 200 kB of JavaScript (gzipped), and no SQL engine", async ({ page }) => {
  const { files, firstLoad } = await visit(page, READING);
  const scripts = files.filter((f) => f.url.endsWith(".js"));
  console.log(
    `reading lesson: first-load JavaScript ${kB(firstLoad).toFixed(1)} kB gzipped; all JavaScript until idle ${kB(scripts).toFixed(1)} kB`,
  );
  expect(firstLoad.length).toBeGreaterThan(2);
  expect(kB(scripts)).toBeLessThan(BUDGET_GZIP_BYTES / 1024);
  expect(files.filter((f) => isSqlEngine(f.url))).toEqual([]);
});

test("an exercise lesson's first load stays under budget; PostgreSQL arrives after, for the exercise", async ({
  page,
}) => {
  const { files, firstLoad, named } = await visit(page, SQL_EXERCISE, (p) =>
    expect(p.getByText("PostgreSQL ready")).toBeVisible({ timeout: 60_000 }),
  );
  const engine = files.filter((f) => isSqlEngine(f.url));
  const later = files.filter((f) => f.url.endsWith(".js") && !named.has(f.url));
  console.log(
    `SQL exercise lesson: first-load JavaScript ${kB(firstLoad).toFixed(1)} kB gzipped; then the editor and worker ${kB(later).toFixed(1)} kB and PostgreSQL ${kB(engine).toFixed(1)} kB`,
  );
  expect(kB(firstLoad)).toBeLessThan(BUDGET_GZIP_BYTES / 1024);
  // The engine is fetched (by the exercise's worker), and the HTML names none of it.
  expect(engine.map((f) => f.url.split("/").pop()!.split(".")[0])).toEqual(
    expect.arrayContaining(["pglite", "initdb"]),
  );
  for (const file of engine) expect(named.has(file.url)).toBe(false);
});
