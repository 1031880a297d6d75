import type { PGlite } from "@electric-sql/pglite";
import type pg from "pg";

/** The little the migration tool needs from a database, for PGlite and PostgreSQL alike. */
export type SqlRunner = {
  exec(sql: string): Promise<void>;
  query<T extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
};

export function pgliteRunner(db: PGlite, closeDb = true): SqlRunner {
  return {
    async exec(sql) {
      await db.exec(sql);
    },
    async query<T extends Record<string, unknown>>(sql: string, params: unknown[] = []) {
      return (await db.query<T>(sql, params)).rows;
    },
    async close() {
      if (closeDb) await db.close();
    },
  };
}

export function pgRunner(client: pg.Client): SqlRunner {
  return {
    async exec(sql) {
      await client.query(sql);
    },
    async query<T extends Record<string, unknown>>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as T[];
    },
    async close() {
      await client.end();
    },
  };
}
