// A small tokenizer for migration scripts, enough to find the semicolons that end statements: it knows
// PostgreSQL's quoted strings ('…' with '' inside, E'…' with backslash escapes), quoted identifiers ("…"),
// dollar-quoted bodies ($$…$$, $tag$…$tag$ with digits in the tag, other tags nested inside), line comments and
// nested block comments. Everything else is plain text, one token per run of characters.

export type SqlToken = { kind: "text" | "string" | "identifier" | "dollar" | "comment" | "semicolon"; text: string };

/** `$` and an optional tag (a letter or underscore, then letters, digits, underscores), then `$`. */
const DOLLAR_TAG = /^\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/;
const IDENTIFIER_CHAR = /[A-Za-z0-9_$\u0080-\uffff]/;

export function tokenizeSql(script: string): SqlToken[] {
  const tokens: SqlToken[] = [];
  let text = "";
  const flush = () => {
    if (text) tokens.push({ kind: "text", text });
    text = "";
  };
  const take = (kind: SqlToken["kind"], end: number, start: number) => {
    flush();
    tokens.push({ kind, text: script.slice(start, end) });
    return end;
  };
  let i = 0;
  while (i < script.length) {
    const char = script[i]!;
    const next = script[i + 1];
    const previous = i > 0 ? script[i - 1]! : "";
    if (char === "-" && next === "-") {
      const end = script.indexOf("\n", i);
      i = take("comment", end === -1 ? script.length : end + 1, i);
    } else if (char === "/" && next === "*") {
      i = take("comment", blockCommentEnd(script, i), i);
    } else if (char === "'") {
      // E'…' (or e'…'): a backslash escapes the next character; the E must start a word of its own.
      const escaped = /[Ee]/.test(previous) && !IDENTIFIER_CHAR.test(script[i - 2] ?? "");
      i = take("string", quotedEnd(script, i, "'", escaped), escaped ? i - 1 : i);
      if (escaped) {
        // The E went into the text run before the quote: move it into the string token.
        const string = tokens.pop()!;
        const before = tokens.at(-1);
        if (before?.kind === "text") {
          before.text = before.text.slice(0, -1);
          if (!before.text) tokens.pop();
        }
        tokens.push(string);
      }
    } else if (char === '"') {
      i = take("identifier", quotedEnd(script, i, '"', false), i);
    } else if (char === "$" && !IDENTIFIER_CHAR.test(previous) && DOLLAR_TAG.test(script.slice(i, i + 200))) {
      const tag = DOLLAR_TAG.exec(script.slice(i, i + 200))![0];
      const close = script.indexOf(tag, i + tag.length);
      i = take("dollar", close === -1 ? script.length : close + tag.length, i);
    } else if (char === ";") {
      i = take("semicolon", i + 1, i);
    } else {
      text += char;
      i += 1;
    }
  }
  flush();
  return tokens;
}

/** Index just past the quote that closes the one at `start` (a doubled quote stays inside), or the end. */
function quotedEnd(script: string, start: number, quote: string, backslashEscapes: boolean): number {
  let j = start + 1;
  while (j < script.length) {
    if (backslashEscapes && script[j] === "\\") j += 2;
    else if (script[j] === quote && script[j + 1] === quote) j += 2;
    else if (script[j] === quote) return j + 1;
    else j += 1;
  }
  return script.length;
}

/** Index just past the `*\/` that closes the comment at `start`; PostgreSQL's block comments nest. */
function blockCommentEnd(script: string, start: number): number {
  let depth = 0;
  let j = start;
  while (j < script.length) {
    if (script.startsWith("/*", j)) {
      depth += 1;
      j += 2;
    } else if (script.startsWith("*/", j)) {
      depth -= 1;
      j += 2;
      if (depth === 0) return j;
    } else j += 1;
  }
  return script.length;
}
