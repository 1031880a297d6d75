// Line diff between two lesson contents, compared as the Markdown file each would export to, and grouped
// into hunks: the changed lines with a few lines of context around them, as a code review shows them.
import { diffLines } from "diff";
import type { LessonContent } from "./lesson-content";
import { lessonFileText } from "./course-files";

/** `oldNo` / `newNo`: the line's number in the version / the current content (null where it is absent). */
export type DiffLine = { kind: "added" | "removed" | "same"; text: string; oldNo: number | null; newNo: number | null };

/** The lines of `after` against `before`; unchanged runs are kept so the reader sees context. */
export function diffContents(before: LessonContent | null, after: LessonContent | null): DiffLine[] {
  const left = before ? lessonFileText(before) : "";
  const right = after ? lessonFileText(after) : "";
  const lines: DiffLine[] = [];
  let oldNo = 0;
  let newNo = 0;
  for (const part of diffLines(left, right)) {
    const kind = part.added ? "added" : part.removed ? "removed" : "same";
    const text = part.value.endsWith("\n") ? part.value.slice(0, -1) : part.value;
    for (const line of text.split("\n")) {
      if (kind !== "added") oldNo += 1;
      if (kind !== "removed") newNo += 1;
      lines.push({
        kind,
        text: line,
        oldNo: kind === "added" ? null : oldNo,
        newNo: kind === "removed" ? null : newNo,
      });
    }
  }
  return lines;
}

export function hasChanges(lines: DiffLine[]): boolean {
  return lines.some((line) => line.kind !== "same");
}

/** A run of changed lines with up to `context` unchanged lines around it; `skippedBefore` lines are hidden above. */
export type DiffHunk = { lines: DiffLine[]; skippedBefore: number };

/** The changed parts only, each with context; hunks whose context would touch are merged. Empty when nothing changed. */
export function diffHunks(lines: DiffLine[], context = 3): { hunks: DiffHunk[]; skippedAfter: number } {
  const keep = new Array<boolean>(lines.length).fill(false);
  lines.forEach((line, i) => {
    if (line.kind === "same") return;
    for (let j = Math.max(0, i - context); j <= Math.min(lines.length - 1, i + context); j++) keep[j] = true;
  });
  const hunks: DiffHunk[] = [];
  let skipped = 0;
  let current: DiffHunk | null = null;
  lines.forEach((line, i) => {
    if (!keep[i]) {
      skipped += 1;
      current = null;
      return;
    }
    if (!current) {
      current = { lines: [], skippedBefore: skipped };
      hunks.push(current);
      skipped = 0;
    }
    current.lines.push(line);
  });
  return { hunks, skippedAfter: hunks.length ? skipped : 0 };
}
