import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;

// `npm test` runs two halves at once (E2E_SHARD=1 and 2), split by time: Playwright's --shard splits by test
// count, which left one half twice as long as the other. The second half is the learner's pages and the studio
// (about 6.5 of the suite's 13.5 minutes on the 2-core machine); every other spec, a new one too, runs in the
// first. Each half signs up about as many accounts as before (one address may sign up 20 an hour per server).
const SECOND_HALF = [
  "journey",
  "learning",
  "payments",
  "editor-contrast",
  "reviews",
  "instructor-profile",
  "lesson-weight",
  "studio",
].map((name) => `**/${name}.spec.ts`);
const half = process.env.E2E_SHARD;
if (half !== undefined && half !== "1" && half !== "2") throw new Error("E2E_SHARD is 1 or 2 (or unset: all specs)");

// E2E runs against a production build on a fresh embedded database seeded with the demo curriculum.
export default defineConfig({
  testDir: "tests/e2e",
  ...(half === "2" ? { testMatch: SECOND_HALF } : half === "1" ? { testIgnore: SECOND_HALF } : {}),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Per server port: `npm test` runs two shards at once, and each run empties its own output folder.
  outputDir: `test-results/e2e-${PORT}`,
  reporter: process.env.CI
    ? [["list"], ["html", { open: "never", outputFolder: `playwright-report/e2e-${PORT}` }]]
    : "list",
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: `bash scripts/e2e-server.sh ${PORT}`,
    url: `${baseURL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    stderr: "pipe",
  },
});
