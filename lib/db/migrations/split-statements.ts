/**
 * Splits a migration script into statements at top-level semicolons, respecting
 * quotes, dollar-quoted bodies and comments, so a failure can name its statement.
 */
export function splitStatements(script: string): string[] {
  const statements: string[] = [];
  let current = "";
  let i = 0;
  while (i < script.length) {
    const rest = script.slice(i);
    const char = script[i];
    if (rest.startsWith("--")) {
      const end = script.indexOf("\n", i);
      const stop = end === -1 ? script.length : end + 1;
      current += script.slice(i, stop);
      i = stop;
      continue;
    }
    if (rest.startsWith("/*")) {
      const end = script.indexOf("*/", i + 2);
      const stop = end === -1 ? script.length : end + 2;
      current += script.slice(i, stop);
      i = stop;
      continue;
    }
    if (char === "'" || char === '"') {
      let j = i + 1;
      while (j < script.length) {
        if (script[j] === char && script[j + 1] === char) j += 2;
        else if (script[j] === char) break;
        else j += 1;
      }
      current += script.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const dollarTag = /^\$[A-Za-z_]*\$/.exec(rest)?.[0];
    if (dollarTag) {
      const end = script.indexOf(dollarTag, i + dollarTag.length);
      const stop = end === -1 ? script.length : end + dollarTag.length;
      current += script.slice(i, stop);
      i = stop;
      continue;
    }
    if (char === ";") {
      pushStatement(statements, current);
      current = "";
      i += 1;
      continue;
    }
    current += char;
    i += 1;
  }
  pushStatement(statements, current);
  return statements;
}

function pushStatement(statements: string[], text: string) {
  const withoutComments = text
    .replace(/--[^\n]*\n?/g, "")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .trim();
  if (withoutComments) statements.push(text.trim());
}
