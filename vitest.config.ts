import path from "node:path";
import { defineConfig } from "vitest/config";

// Tests import server modules directly, as a server bundle would: `server-only` is its empty module there too.
const alias = {
  "@": path.resolve(import.meta.dirname),
  "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
};

// Integration files that need modules of their own: a `vi.mock` of an app module, a setting read at import, the
// process's time zone changed.
const ISOLATED = [
  "tests/integration/auth/sign-in-burst.test.ts",
  "tests/integration/exercises/sandbox-engines-only.test.ts",
  "tests/integration/learning/exercises-in-other-zones.test.ts",
];

const integration = {
  environment: "node" as const,
  // Migrates once into a template that every file's fresh database copies (tests/helpers/test-db.ts).
  globalSetup: ["tests/helpers/db-template.global.ts"],
  // Each file gets its own database; PGlite start-up and argon2 make these slower than unit tests.
  testTimeout: 60_000,
  hookTimeout: 120_000,
  pool: "forks" as const,
  maxWorkers: 2,
  sequence: { groupOrder: 1 },
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
          ...integration,
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          exclude: ISOLATED,
          // On PGlite the files share their worker's modules: the app's module graph is imported once per worker,
          // not once per file (about 40 % of this project's CPU). tests/helpers/fresh-process-state.ts puts back,
          // before each file, what one file could leave for the next. Against a database server (TEST_DATABASE_URL)
          // each file runs in a process of its own: the clients a file's modules open (job runner, listeners,
          // Redis) close with it, where shared they piled up to "too many clients".
          isolate: Boolean(process.env.TEST_DATABASE_URL),
          setupFiles: ["tests/helpers/fresh-process-state.ts"],
        },
      },
      {
        resolve: { alias },
        test: { ...integration, name: "integration-isolated", include: ISOLATED },
      },
    ],
  },
});
