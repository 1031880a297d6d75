// Runs `prisma generate` offline. The Prisma 7 CLI insists on locating a schema-engine
// binary before any command, although generation never uses it; any existing file satisfies it.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

if (!existsSync("node_modules/prisma")) {
  console.log("prisma CLI not installed yet; skipping generate");
  process.exit(0);
}
const result = spawnSync("npx", ["--no-install", "prisma", "generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? fileURLToPath(import.meta.url),
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);
