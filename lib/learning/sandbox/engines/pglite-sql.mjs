// SQL exercises' engine: PGlite with the exercise's set-up, then each statement in its own transaction, always rolled
// back, so every statement starts from the same data. Values come back as PostgreSQL's text (no parsing), as the
// learner's browser shows them. Run by runner.mjs inside the sandbox; tests may run it in process.
export async function runSql({ setup, statements, baseDataDir }, { loaded }) {
  const { PGlite } = await import("@electric-sql/pglite");
  let loadDataDir;
  if (baseDataDir) {
    const { readFile } = await import("node:fs/promises");
    loadDataDir = new Blob([await readFile(baseDataDir)]);
  }
  const db = await PGlite.create(loadDataDir ? { loadDataDir } : {});
  try {
    return await runStatements(db, setup, statements, loaded);
  } finally {
    await db.close().catch(() => undefined);
  }
}

async function runStatements(db, setup, statements, loaded) {
  try {
    await db.exec(setup);
  } catch (error) {
    return { setupError: pgError(error) };
  }
  const [types] = await db.exec("SELECT oid FROM pg_type", { rowMode: "array" });
  loaded();
  const identity = (value) => value;
  const parsers = Object.fromEntries(types.rows.map((row) => [Number(row[0]), identity]));
  const results = [];
  for (const sql of statements) {
    // Each statement starts from the same data: its transaction is always rolled back.
    await db.exec("BEGIN");
    try {
      const sets = await db.exec(sql, { rowMode: "array", parsers });
      const last = [...sets].reverse().find((r) => r.fields.length > 0);
      results.push(
        last
          ? {
              columns: last.fields.map((f) => ({ name: f.name, dataTypeID: f.dataTypeID })),
              rows: last.rows.map((row) =>
                row.map((cell) => (cell === null || cell === undefined ? null : String(cell))),
              ),
            }
          : { noResult: true },
      );
    } catch (error) {
      results.push({ error: pgError(error) });
    } finally {
      await db.exec("ROLLBACK").catch(() => undefined);
    }
  }
  return { results };
}

function pgError(error) {
  const fields = typeof error === "object" && error !== null ? error : {};
  return {
    message: String(fields.message ?? error),
    severity: fields.severity,
    detail: fields.detail,
    hint: fields.hint,
    position: fields.position,
  };
}
