import { defineConfig, devices } from "@playwright/test";
import { e2ePort, FIRST_PORT, SERVERS } from "./tests/e2e/support/servers";

// One worker per server, each worker on its own server: see tests/e2e/support/servers.ts.
const baseURL = `http://localhost:${e2ePort()}`;

// E2E runs against a production build on a fresh embedded database seeded with the demo curriculum.
export default defineConfig({
  testDir: "tests/e2e",
  globalSetup: "./tests/e2e/support/global-setup.ts",
  fullyParallel: false,
  workers: SERVERS,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Per first port: two runs at once (on different ports) each empty their own output folder.
  outputDir: `test-results/e2e-${FIRST_PORT}`,
  reporter: process.env.CI
    ? [["list"], ["html", { open: "never", outputFolder: `playwright-report/e2e-${FIRST_PORT}` }]]
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
  webServer: Array.from({ length: SERVERS }, (_, i) => ({
    command: `bash scripts/e2e-server.sh ${FIRST_PORT + i}`,
    url: `http://localhost:${FIRST_PORT + i}/api/health`,
    timeout: 240_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
  })),
});
