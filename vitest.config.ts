import path from "node:path";
import { defineConfig } from "vitest/config";

// Tests import server modules directly, as a server bundle would: `server-only` is its empty module there too.
const alias = {
  "@": path.resolve(import.meta.dirname),
  "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", sequence: { groupOrder: 0 } },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // Migrates once into a template that every file's fresh database copies (tests/helpers/test-db.ts).
          globalSetup: ["tests/helpers/db-template.global.ts"],
          // Each file gets its own database; PGlite start-up and argon2 make these slower than unit tests.
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: "forks",
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
