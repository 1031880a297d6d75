import { tokenizeSql } from "./sql-tokens";

/**
 * Splits a migration script into statements at top-level semicolons (lib/db/migrations/sql-tokens.ts knows
 * quotes, dollar-quoted bodies and comments), so a failure can name its statement. A piece that holds nothing
 * but comments and spaces is dropped.
 */
export function splitStatements(script: string): string[] {
  const statements: string[] = [];
  let current = "";
  let meaningful = false;
  const push = () => {
    if (meaningful) statements.push(current.trim());
    current = "";
    meaningful = false;
  };
  for (const token of tokenizeSql(script)) {
    if (token.kind === "semicolon") {
      push();
      continue;
    }
    current += token.text;
    if (token.kind !== "comment" && token.text.trim()) meaningful = true;
  }
  push();
  return statements;
}
