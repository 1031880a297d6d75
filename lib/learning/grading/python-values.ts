// Python values as the probe harness serialises them (tagged JSON), compared with Python's rules: 1 == 1.0
// == True, a list never equals a tuple, sets and dicts ignore order, `in` looks for a substring in a str, a
// key in a dict and an element elsewhere. Pure, so the grader's verdicts are unit-tested here.

export type PyValue =
  | ["none"]
  | ["bool", boolean]
  | ["int", string]
  | ["float", string]
  | ["str", string]
  | ["bytes", string]
  | ["list", PyValue[]]
  | ["tuple", PyValue[]]
  | ["set", PyValue[]]
  | ["dict", [PyValue, PyValue][]]
  | ["other", string, string];

export type PyOp = "==" | "!=" | "<" | "<=" | ">" | ">=" | "in" | "not in" | "is" | "is not" | "truthy" | "falsy";

const isNumeric = (v: PyValue) => v[0] === "bool" || v[0] === "int" || v[0] === "float";

/** A number as an exact pair where possible: ints as BigInt, floats as numbers. */
function numeric(v: PyValue): bigint | number {
  if (v[0] === "bool") return v[1] ? 1n : 0n;
  if (v[0] === "int") return BigInt(v[1]);
  const text = (v as ["float", string])[1];
  if (text === "nan") return NaN;
  if (text === "inf") return Infinity;
  if (text === "-inf") return -Infinity;
  return Number(text);
}

function compareNumbers(a: bigint | number, b: bigint | number): number {
  if (typeof a === "bigint" && typeof b === "bigint") return a < b ? -1 : a > b ? 1 : 0;
  const x = Number(a);
  const y = Number(b);
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  return x < y ? -1 : x > y ? 1 : 0;
}

export function pyEquals(a: PyValue, b: PyValue): boolean {
  if (isNumeric(a) && isNumeric(b)) return compareNumbers(numeric(a), numeric(b)) === 0;
  if (a[0] !== b[0]) return false;
  switch (a[0]) {
    case "none":
      return true;
    case "str":
    case "bytes":
      return a[1] === (b as typeof a)[1];
    case "list":
    case "tuple": {
      const other = (b as typeof a)[1];
      return a[1].length === other.length && a[1].every((item, i) => pyEquals(item, other[i]!));
    }
    case "set": {
      const other = (b as typeof a)[1];
      const unique = (items: PyValue[]) => items.filter((x, i) => items.findIndex((y) => pyEquals(x, y)) === i);
      const left = unique(a[1]);
      const right = unique(other);
      return left.length === right.length && left.every((x) => right.some((y) => pyEquals(x, y)));
    }
    case "dict": {
      const other = (b as typeof a)[1];
      return (
        a[1].length === other.length &&
        a[1].every(([key, value]) => other.some(([k, v]) => pyEquals(key, k) && pyEquals(value, v)))
      );
    }
    default:
      // Objects the harness could not serialise equal nothing: an answer cannot pass with a custom __eq__.
      return false;
  }
}

/** Python's ordering for the types that have one; null where Python would raise TypeError. */
function order(a: PyValue, b: PyValue): number | null {
  if (isNumeric(a) && isNumeric(b)) {
    const result = compareNumbers(numeric(a), numeric(b));
    return Number.isNaN(result) ? null : result;
  }
  if (a[0] === "str" && b[0] === "str") return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
  if ((a[0] === "list" || a[0] === "tuple") && a[0] === b[0]) {
    const left = a[1];
    const right = (b as typeof a)[1];
    for (let i = 0; i < Math.min(left.length, right.length); i++) {
      if (pyEquals(left[i]!, right[i]!)) continue;
      return order(left[i]!, right[i]!);
    }
    return left.length - right.length;
  }
  return null;
}

export function pyTruthy(v: PyValue): boolean {
  switch (v[0]) {
    case "none":
      return false;
    case "bool":
      return v[1];
    case "int":
    case "float":
      return numeric(v) !== 0n && numeric(v) !== 0 && !Number.isNaN(numeric(v));
    case "str":
    case "bytes":
      return v[1].length > 0;
    case "list":
    case "tuple":
    case "set":
    case "dict":
      return v[1].length > 0;
    default:
      return true;
  }
}

function contains(container: PyValue, item: PyValue): boolean {
  switch (container[0]) {
    case "str":
      return item[0] === "str" && container[1].includes(item[1]);
    case "list":
    case "tuple":
    case "set":
      return container[1].some((x) => pyEquals(x, item));
    case "dict":
      return container[1].some(([key]) => pyEquals(key, item));
    default:
      return false;
  }
}

/** Whether `left op right` holds, as Python would decide it for these values. */
export function pyCompare(op: PyOp, left: PyValue, right?: PyValue): boolean {
  if (op === "truthy") return pyTruthy(left);
  if (op === "falsy") return !pyTruthy(left);
  if (!right) return false;
  switch (op) {
    case "==":
      return pyEquals(left, right);
    case "!=":
      return !pyEquals(left, right);
    case "in":
      return contains(right, left);
    case "not in":
      return !contains(right, left) && right[0] !== "other";
    case "is":
      // Only singletons are compared by identity in tests: None, True, False.
      return (
        (left[0] === "none" && right[0] === "none") ||
        (left[0] === "bool" && right[0] === "bool" && left[1] === right[1])
      );
    case "is not":
      return !pyCompare("is", left, right);
    default: {
      const result = order(left, right);
      if (result === null) return false;
      return op === "<" ? result < 0 : op === "<=" ? result <= 0 : op === ">" ? result > 0 : result >= 0;
    }
  }
}

const quote = (text: string) => `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n")}'`;

/** The value as Python's repr would show it (shortened), for the learner's feedback. */
export function pyRepr(v: PyValue, budget = 300): string {
  const text = (() => {
    switch (v[0]) {
      case "none":
        return "None";
      case "bool":
        return v[1] ? "True" : "False";
      case "int":
      case "float":
        return v[1];
      case "str":
        return quote(v[1]);
      case "bytes":
        return `bytes.fromhex('${v[1]}')`;
      case "list":
        return `[${v[1].map((x) => pyRepr(x, budget)).join(", ")}]`;
      case "tuple":
        return v[1].length === 1
          ? `(${pyRepr(v[1][0]!, budget)},)`
          : `(${v[1].map((x) => pyRepr(x, budget)).join(", ")})`;
      case "set":
        return v[1].length ? `{${v[1].map((x) => pyRepr(x, budget)).join(", ")}}` : "set()";
      case "dict":
        return `{${v[1].map(([k, x]) => `${pyRepr(k, budget)}: ${pyRepr(x, budget)}`).join(", ")}}`;
      default:
        return v[2];
    }
  })();
  return text.length > budget ? `${text.slice(0, budget)}…` : text;
}

/** Checks a value that came from the sandbox: anything not in the tagged shape is rejected. */
export function isPyValue(value: unknown, depth = 0): value is PyValue {
  if (!Array.isArray(value) || depth > 40) return false;
  const [tag, a, b] = value as unknown[];
  switch (tag) {
    case "none":
      return value.length === 1;
    case "bool":
      return typeof a === "boolean";
    case "int":
      return typeof a === "string" && /^-?\d+$/.test(a);
    case "float":
      return typeof a === "string" && /^(-?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?|nan|-?inf)$/.test(a);
    case "str":
      return typeof a === "string";
    case "bytes":
      return typeof a === "string" && /^[0-9a-f]*$/.test(a);
    case "list":
    case "tuple":
    case "set":
      return Array.isArray(a) && a.every((x) => isPyValue(x, depth + 1));
    case "dict":
      return (
        Array.isArray(a) &&
        a.every(
          (pair) =>
            Array.isArray(pair) && pair.length === 2 && isPyValue(pair[0], depth + 1) && isPyValue(pair[1], depth + 1),
        )
      );
    case "other":
      return typeof a === "string" && typeof b === "string";
    default:
      return false;
  }
}
