// A Python service project's database in the browser's Python worker: a fresh PGlite loaded from the prebuilt data
// directory (initdb when that cannot be fetched), then the project's schema. Queries come from the Python harness as
// JSON text and go back as JSON text shaped as the server's sandbox answers them (sandbox/engines/pyodide-service.mjs).
import { dbResult } from "@/lib/learning/service/db-result";

type PGliteModule = typeof import("@electric-sql/pglite");
type Query = (sql: string, params: unknown[]) => Promise<{ rows: unknown[]; fields: unknown[]; affectedRows?: number }>;

export type ProjectDatabase = {
  /** Runs one statement; the answer the harness reads: `{ rows, rowCount }` or `{ error, code }`. */
  answer: (sql: string, params: unknown[]) => Promise<string>;
  close: () => Promise<void>;
};

export async function openProjectDatabase(
  load: Promise<PGliteModule>,
  database: { path: string; schema: string; baseDataDir: string },
): Promise<ProjectDatabase> {
  const { PGlite } = await load;
  let loadDataDir: Blob | undefined;
  try {
    const response = await fetch(database.baseDataDir);
    if (response.ok) loadDataDir = await response.blob();
  } catch {
    // a fresh cluster instead: slower, the same database
  }
  const pglite = await PGlite.create(loadDataDir ? { loadDataDir } : {});
  try {
    await pglite.exec(database.schema);
  } catch (error) {
    await pglite.close().catch(() => undefined);
    throw new Error(`${database.path} does not load: ${error instanceof Error ? error.message : String(error)}`);
  }
  const query = pglite.query.bind(pglite) as Query;
  return {
    answer: async (sql, params) => {
      try {
        return JSON.stringify(dbResult(await query(sql, params)));
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        return JSON.stringify({
          error: error instanceof Error ? error.message : String(error),
          ...(typeof code === "string" ? { code } : {}),
        });
      }
    },
    close: () => pglite.close().catch(() => undefined),
  };
}
