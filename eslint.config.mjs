import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".data/**",
      "lib/db/generated/**",
      "test-results/**",
      "playwright-report/**",
      "tmp/**",
      "public/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    // One-way flow: app/ → lib/<domain> → lib/db. Only lib/ talks to the database.
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/db/client", "@/lib/db/generated/*", "@/lib/db/connection", "@prisma/*"],
              message: "app/ reaches the database through lib/<domain>, never lib/db directly.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/db/*", "!@/lib/db/generated", "@prisma/*"],
              message: "Components never touch the database: call a lib/<domain> query from a page or an action.",
            },
            {
              group: ["@/lib/db/generated/client", "@/lib/db/generated/models*"],
              message: "Components may import Prisma enum types only (lib/db/generated/enums).",
            },
          ],
        },
      ],
    },
  },
];

export default config;
