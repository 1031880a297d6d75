// The key check's rows kept in memory on PGlite (lib/db/kept-rows.ts): profiled under load, the key-and-owner
// statement was ~0.5 ms of a course-list request's ~2.8 ms of CPU. What is kept is exactly what the statement
// returns, so every refusal (revoked, expired, disabled owner, lowered role) is still decided per request from it;
// it is dropped whole when the database says a key or an owner changed (the trigger of migration
// 20261206214946_api_key_principal_notify notifies `api_key_principals`). On PostgreSQL nothing is kept.
import type { PGlite } from "@electric-sql/pglite";
import { keptRows, type RowKeeper } from "../db/kept-rows";

const API_KEY_PRINCIPALS: RowKeeper = { channel: "api_key_principals", max: 2_000 };

/**
 * The key-and-owner row for `secretHash`: kept from an earlier request while nothing changed, else `read` (and kept
 * when found). A key that does not exist is asked for every time.
 */
export function keptKeyRow<Row extends object>(
  pglite: PGlite,
  secretHash: string,
  read: () => Promise<Row | undefined>,
): Promise<Row | undefined> {
  return keptRows(API_KEY_PRINCIPALS, pglite, secretHash, read);
}
