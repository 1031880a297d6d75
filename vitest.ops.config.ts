// Whole production servers (the ops tests in tests/integration/ops/servers): they need `next build` first, so
// they are not part of `vitest run`; scripts/test.sh runs them after the build.
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["tests/integration/ops/servers/**/*.server-test.ts"],
    // Kills any server, nginx or redis a test started and could not stop (a hook that timed out).
    globalSetup: ["tests/integration/ops/servers/children-teardown.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: "forks",
    // Each file runs its own servers on fixed ports: one file at a time, and the machine stays usable.
    fileParallelism: false,
  },
});
