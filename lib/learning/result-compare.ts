// Grades a learner's SQL result against the solution's. Pure: shared by the browser worker and the tests.

export type ResultColumn = { name: string; dataTypeID: number };
/** Cells are PostgreSQL's text output (null for NULL), exactly as psql would print them. */
export type ResultSet = { columns: ResultColumn[]; rows: (string | null)[][] };
export type CompareOutcome = { ok: true } | { ok: false; reason: string };

// int2, int4, int8, oid, float4, float8, numeric: compared by value, so 2.50 equals 2.5.
const NUMERIC_TYPES = new Set([20, 21, 23, 26, 700, 701, 1700]);

function cellKey(value: string | null, dataTypeID: number): string {
  if (value === null) return "\u0000null";
  if (NUMERIC_TYPES.has(dataTypeID)) {
    const n = Number(value);
    if (Number.isFinite(n)) return `n:${Number(n.toPrecision(12))}`;
  }
  return `s:${value}`;
}

function rowKey(row: (string | null)[], columns: ResultColumn[]): string {
  return JSON.stringify(row.map((cell, i) => cellKey(cell, columns[i]?.dataTypeID ?? 25)));
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function compareResultSets(
  expected: ResultSet,
  actual: ResultSet,
  options: { orderMatters: boolean },
): CompareOutcome {
  if (actual.columns.length !== expected.columns.length) {
    return {
      ok: false,
      reason: `Expected ${plural(expected.columns.length, "column")} (${expected.columns.map((c) => c.name).join(", ")}), but your query returned ${plural(actual.columns.length, "column")}.`,
    };
  }
  const wrongName = expected.columns.findIndex(
    (c, i) => c.name.toLowerCase() !== actual.columns[i]!.name.toLowerCase(),
  );
  if (wrongName !== -1) {
    return {
      ok: false,
      reason: `Column ${wrongName + 1} should be named “${expected.columns[wrongName]!.name}”, not “${actual.columns[wrongName]!.name}”. Expected columns: ${expected.columns.map((c) => c.name).join(", ")}.`,
    };
  }
  if (actual.rows.length !== expected.rows.length) {
    return {
      ok: false,
      reason: `Expected ${plural(expected.rows.length, "row")}, but your query returned ${plural(actual.rows.length, "row")}.`,
    };
  }
  // Numeric columns compare by value whichever side says they are numeric.
  const columns = expected.columns.map((c, i) =>
    NUMERIC_TYPES.has(actual.columns[i]!.dataTypeID) ? actual.columns[i]! : c,
  );
  const expectedKeys = expected.rows.map((row) => rowKey(row, columns));
  const actualKeys = actual.rows.map((row) => rowKey(row, columns));
  if (options.orderMatters) {
    const firstDiff = expectedKeys.findIndex((key, i) => key !== actualKeys[i]);
    if (firstDiff === -1) return { ok: true };
    const sameRows = [...expectedKeys].sort().join("\n") === [...actualKeys].sort().join("\n");
    return {
      ok: false,
      reason: sameRows
        ? `The rows are right but in the wrong order (first difference at row ${firstDiff + 1}). Check your ORDER BY.`
        : `Row ${firstDiff + 1} differs from the expected result.`,
    };
  }
  const counts = new Map<string, number>();
  for (const key of expectedKeys) counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const [index, key] of actualKeys.entries()) {
    const left = counts.get(key) ?? 0;
    if (left === 0) return { ok: false, reason: `Row ${index + 1} of your result is not in the expected result.` };
    counts.set(key, left - 1);
  }
  return { ok: true };
}
