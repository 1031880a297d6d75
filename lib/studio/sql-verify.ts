// Runs an SQL exercise's setup and solution on a private in-memory PGlite on the server, so a lesson whose
// solution fails is refused before learners meet it. Everything runs in a transaction that is rolled back.
import { PGlite } from "@electric-sql/pglite";
import { formatPostgresError, SqlRunError, textParsers } from "../learning/sql-check";
import type { ResultSet } from "../learning/result-compare";

export type SqlVerdict = { ok: true; result: ResultSet } | { ok: false; message: string };

type Exercise = { setup: string; solution: string };

// One engine per process (opening one costs seconds); checks take turns, and every check is rolled back.
let shared: Promise<{ engine: PGlite; parsers: Awaited<ReturnType<typeof textParsers>> }> | null = null;
let queue: Promise<unknown> = Promise.resolve();

async function openEngine() {
  const engine = await PGlite.create();
  return { engine, parsers: await textParsers(engine) };
}

/** A setup that committed its way out of the transaction leaves tables behind: start the next check afresh. */
async function leftovers(engine: PGlite): Promise<boolean> {
  const result = await engine.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')",
  );
  return (result.rows[0]?.n ?? 0) > 0;
}

/** Checks several exercises on one engine: each one's setup is undone before the next. */
export function verifySqlExercises(exercises: Exercise[]): Promise<SqlVerdict[]> {
  if (exercises.length === 0) return Promise.resolve([]);
  const run = queue.then(async () => {
    shared ??= openEngine();
    const { engine, parsers } = await shared;
    const verdicts: SqlVerdict[] = [];
    for (const exercise of exercises) verdicts.push(await verifyOne(engine, exercise, parsers));
    if (await leftovers(engine)) {
      shared = null;
      await engine.close();
    }
    return verdicts;
  });
  queue = run.catch(() => undefined);
  return run;
}

async function verifyOne(
  engine: PGlite,
  exercise: Exercise,
  parsers: Awaited<ReturnType<typeof textParsers>>,
): Promise<SqlVerdict> {
  await engine.exec("BEGIN");
  try {
    try {
      await engine.exec(exercise.setup);
    } catch (error) {
      return { ok: false, message: `the setup fails: ${formatPostgresError(error, exercise.setup)}` };
    }
    return await runSolution(engine, exercise.solution, parsers);
  } finally {
    await engine.exec("ROLLBACK").catch(() => undefined);
  }
}

async function runSolution(
  engine: PGlite,
  solution: string,
  parsers: Awaited<ReturnType<typeof textParsers>>,
): Promise<SqlVerdict> {
  try {
    const results = await engine.exec(solution, { rowMode: "array", parsers });
    const last = [...results].reverse().find((r) => r.fields.length > 0);
    if (!last) return { ok: false, message: "the solution returns no result table; end it with a SELECT." };
    return {
      ok: true,
      result: {
        columns: last.fields.map((f) => ({ name: f.name, dataTypeID: f.dataTypeID })),
        rows: last.rows.map((row) =>
          (row as unknown[]).map((cell) => (cell === null || cell === undefined ? null : String(cell))),
        ),
      },
    };
  } catch (error) {
    return {
      ok: false,
      message: `the solution fails: ${error instanceof SqlRunError ? error.display : formatPostgresError(error, solution)}`,
    };
  }
}
