// What `db.query` resolves to in a learner's service, in the browser's worker: PGlite's rows as JSON, the way the
// server's sandbox returns them (sandbox/engines/quickjs-service.mjs, dbResultJson, which runs outside the
// bundler and so cannot share this file): a bigint as a number when it fits, else text; a date as ISO text.
export type DbResult = { rows: unknown[]; rowCount: number };

export function dbResult(result: { rows: unknown[]; fields: unknown[]; affectedRows?: number }): DbResult {
  const rows = JSON.parse(
    JSON.stringify(result.rows, (_key, value: unknown) =>
      typeof value === "bigint" ? (Number.isSafeInteger(Number(value)) ? Number(value) : String(value)) : value,
    ),
  ) as unknown[];
  // A statement that returns rows counts them; one that does not (UPDATE without RETURNING) counts what it changed.
  return { rows, rowCount: result.fields.length > 0 ? rows.length : (result.affectedRows ?? 0) };
}
