import { env } from "../env";
import { createPgClient, createPgliteClient, type Db } from "./client";
import { openPglite } from "./connection";

/** A client for scripts (start, seed) that must release the database before the server opens it. */
export async function openAppClient(): Promise<{ client: Db; close: () => Promise<void> }> {
  const config = env();
  if (config.DATABASE_URL) {
    const client = createPgClient(config.DATABASE_URL);
    return { client, close: () => client.$disconnect() };
  }
  const pglite = await openPglite(config.PGLITE_DIR);
  const client = createPgliteClient(pglite);
  return {
    client,
    close: async () => {
      await client.$disconnect();
      await pglite.close();
    },
  };
}
