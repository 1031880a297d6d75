// Prepares the configured database as `npm start` does (migrations, demo seed), then seeds the e2e account pool
// (account-pool.ts) into it: confirmed learners with the suite's password. Run by scripts/e2e-server.sh before
// the server opens the database (npm start then finds it prepared).
// Usage: tsx --import ./scripts/server-only/register.mjs tests/e2e/support/seed-account-pool.ts
import { hashPassword } from "../../../lib/accounts/password";
import { openAppClient } from "../../../lib/db/app-client";
import { prepareDatabase } from "../../../scripts/prepare-db";
import { PASSWORD, POOL_ACCOUNTS_PER_WORKER, POOL_WORKERS, poolEmail } from "./account-pool";

async function main() {
  await prepareDatabase();
  const passwordHash = await hashPassword(PASSWORD);
  const emailVerified = new Date();
  const data = Array.from({ length: POOL_WORKERS }, (_, worker) =>
    Array.from({ length: POOL_ACCOUNTS_PER_WORKER }, (_, n) => ({
      email: poolEmail(worker, n),
      name: `Pool Learner ${worker}-${n}`,
      passwordHash,
      emailVerified,
    })),
  ).flat();
  const { client, close } = await openAppClient();
  try {
    const { count } = await client.user.createMany({ data, skipDuplicates: true });
    console.log(`e2e account pool: ${count} accounts seeded`);
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
