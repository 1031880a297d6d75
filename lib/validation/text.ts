// Control characters in what people type: PostgreSQL refuses a NUL byte in text outright (a 500 before
// this), and none of them belongs in a name, a search or a slug.

// C0 controls except tab, line feed and carriage return, plus DEL.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const CONTROL_GLOBAL = new RegExp(CONTROL.source, "g");

export const CONTROL_CHARACTER_MESSAGE =
  "Remove the invisible control character (such as a NUL byte) from this field and try again.";

export function hasControlCharacters(text: string): boolean {
  return CONTROL.test(text);
}

/** For lenient inputs such as a search box: the text with control characters turned into spaces. */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL_GLOBAL, " ");
}

/** The dotted paths of every string inside `value` that carries a control character. */
export function pathsWithControlCharacters(value: unknown, path: string[] = []): string[] {
  if (typeof value === "string") return hasControlCharacters(value) ? [path.length ? path.join(".") : "form"] : [];
  if (Array.isArray(value))
    return value.flatMap((item, index) => pathsWithControlCharacters(item, [...path, String(index)]));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, item]) => pathsWithControlCharacters(item, [...path, key]));
  return [];
}
