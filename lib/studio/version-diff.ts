// Line diff between two lesson contents, compared as the Markdown file each would export to.
import { diffLines } from "diff";
import type { LessonContent } from "./lesson-content";
import { lessonFileText } from "./course-files";

export type DiffLine = { kind: "added" | "removed" | "same"; text: string };

/** The lines of `after` against `before`; unchanged runs are kept so the reader sees context. */
export function diffContents(before: LessonContent | null, after: LessonContent | null): DiffLine[] {
  const left = before ? lessonFileText(before) : "";
  const right = after ? lessonFileText(after) : "";
  const lines: DiffLine[] = [];
  for (const part of diffLines(left, right)) {
    const kind = part.added ? "added" : part.removed ? "removed" : "same";
    const text = part.value.endsWith("\n") ? part.value.slice(0, -1) : part.value;
    for (const line of text.split("\n")) lines.push({ kind, text: line });
  }
  return lines;
}

export function hasChanges(lines: DiffLine[]): boolean {
  return lines.some((line) => line.kind !== "same");
}
