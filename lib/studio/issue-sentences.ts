// Validator issues said as a person would: "The summary needs at least 10 characters; it has 4." instead of
// "Too small: expected string to have >=10 characters". Pure; the one place zod's issues become sentences
// for authors (publish checks use it for the course's settings).
import type { z } from "zod";

type Issue = z.core.$ZodIssue;

const FIELD_NAMES: Record<string, string> = {
  title: "title",
  summary: "summary",
  description: "description",
  topic: "topic",
  level: "level",
  format: "format",
  priceCents: "price",
  currency: "currency",
  instructor: "instructor's email",
  outcomes: "list of outcomes",
  cohorts: "list of cohorts",
  startsAt: "start date",
  endsAt: "end date",
  seats: "number of seats",
  timeZone: "time zone",
  slug: "web address",
  prompt: "wording",
  text: "text",
  passPercent: "pass mark",
  minutes: "length in minutes",
  functionName: "function name",
  entry: "entry file",
};

const SINGULAR: Record<string, string> = {
  outcomes: "outcome",
  cohorts: "cohort",
  questions: "question",
  choices: "choice",
  tests: "test",
  hiddenTests: "hidden test",
  hints: "hint",
  languages: "language",
  wrongSolutions: "wrong solution",
  files: "file",
};

/** "the summary", "outcome 2", "cohort 1's title", "question 2's prompt", "choice 1 of question 3". */
export function fieldName(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  if (parts.length === 0) return "the course settings";
  const numbered: string[] = [];
  let trailing: string | null = null;
  parts.forEach((part, i) => {
    const next = parts[i + 1];
    if (next !== undefined && /^\d+$/.test(next)) {
      numbered.unshift(`${SINGULAR[part] ?? part} ${Number(next) + 1}`);
      trailing = null;
    } else if (!/^\d+$/.test(part)) trailing = part;
  });
  const label = (key: string) => FIELD_NAMES[key] ?? key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  if (numbered.length === 0) return `the ${label(trailing ?? parts.at(-1)!)}`;
  const item = numbered.join(" of ");
  return trailing ? `${item}'s ${label(trailing)}` : item;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One sentence for one issue; `input` is what was validated, to say what it has now. */
export function issueSentence(issue: Issue, input: unknown): string {
  const name = fieldName(issue.path);
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string") {
        const length = typeof value === "string" ? value.trim().length : 0;
        return length === 0
          ? `${capitalise(name)} is empty: write at least ${plural(min, "character")}.`
          : `${capitalise(name)} needs at least ${plural(min, "character")}; it has ${length}.`;
      }
      if (issue.origin === "array") return `Add at least ${min === 1 ? "one item to" : `${min} items to`} ${name}.`;
      return `${capitalise(name)} must be at least ${min}.`;
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") {
        const length = typeof value === "string" ? value.length : 0;
        return `Keep ${name} to ${plural(max, "character")} or fewer; it has ${length}.`;
      }
      if (issue.origin === "array") return `${capitalise(name)} can hold at most ${max} items.`;
      return `${capitalise(name)} must be at most ${max}.`;
    }
    case "invalid_type":
      return value === undefined || value === null
        ? `Fill in ${name}.`
        : `${capitalise(name)} is not in a form we can read.`;
    case "invalid_value":
      return `Choose ${name} from the list.`;
    case "invalid_format":
      return issue.format === "email"
        ? `${capitalise(name)} is not a valid email address.`
        : `${capitalise(name)} is not in the expected form.`;
    default:
      // Custom refinements carry our own sentence already.
      return issue.message.endsWith(".") ? issue.message : `${capitalise(name)}: ${issue.message}.`;
  }
}
