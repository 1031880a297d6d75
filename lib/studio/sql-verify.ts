// Runs an SQL exercise's setup and solution on a private in-memory PGlite on the server, so a lesson whose
// solution fails is refused before learners meet it. Everything runs in a transaction that is rolled back.
import { PGlite } from "@electric-sql/pglite";
import { formatPostgresError, SqlRunError, textParsers } from "../learning/sql-check";
import type { ResultSet } from "../learning/result-compare";

export type SqlVerdict = { ok: true; result: ResultSet } | { ok: false; message: string };

type Exercise = { setup: string; solution: string };

/** Checks several exercises on one engine: each one's setup is undone before the next. */
export async function verifySqlExercises(exercises: Exercise[]): Promise<SqlVerdict[]> {
  if (exercises.length === 0) return [];
  const engine = await PGlite.create();
  try {
    const parsers = await textParsers(engine);
    const verdicts: SqlVerdict[] = [];
    for (const exercise of exercises) verdicts.push(await verifyOne(engine, exercise, parsers));
    return verdicts;
  } finally {
    await engine.close();
  }
}

async function verifyOne(engine: PGlite, exercise: Exercise, parsers: Awaited<ReturnType<typeof textParsers>>): Promise<SqlVerdict> {
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

async function runSolution(engine: PGlite, solution: string, parsers: Awaited<ReturnType<typeof textParsers>>): Promise<SqlVerdict> {
  try {
    const results = await engine.exec(solution, { rowMode: "array", parsers });
    const last = [...results].reverse().find((r) => r.fields.length > 0);
    if (!last) return { ok: false, message: "the solution returns no result table; end it with a SELECT." };
    return { ok: true, result: { columns: last.fields.map((f) => ({ name: f.name, dataTypeID: f.dataTypeID })), rows: last.rows.map((row) => (row as unknown[]).map((cell) => (cell === null || cell === undefined ? null : String(cell)))) } };
  } catch (error) {
    return { ok: false, message: `the solution fails: ${error instanceof SqlRunError ? error.display : formatPostgresError(error, solution)}` };
  }
}
