// Lists the integration test files whose outcome can depend on the database server or Redis the tests are pointed
// at: the files .ci/run runs a second time on PostgreSQL and Redis. A file is listed when it uses the tests' database
// or Redis (imports tests/helpers/test-db or tests/helpers/redis, or reads TEST_DATABASE_URL or TEST_REDIS_URL)
// and does not say `@no-database-pass` (with its reason) in a comment: a file that only keeps content in the
// test database, say, and checks it in the learner's engines. A new file is on the PostgreSQL pass by default.
// Usage: node scripts/database-test-files.mjs [--excluded]
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = "tests/integration";
const USES_SERVER = /helpers\/test-db|helpers\/redis|TEST_DATABASE_URL|TEST_REDIS_URL/;
const OPT_OUT = /@no-database-pass\b/;

function* testFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* testFiles(file);
    else if (entry.name.endsWith(".test.ts")) yield file;
  }
}

const wantExcluded = process.argv.includes("--excluded");
const chosen = [...testFiles(ROOT)].sort().filter((file) => {
  const source = readFileSync(file, "utf8");
  const onPass = USES_SERVER.test(source) && !OPT_OUT.test(source);
  return wantExcluded ? !onPass : onPass;
});
console.log(chosen.join("\n"));
