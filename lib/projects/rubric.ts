// A project's rubric: criteria, each with levels worth points, and a pass mark in points. Pure: the shape the
// studio saves (checked here), and how a reviewer's choice of one level per criterion adds up.
import { rubricSchema, type Rubric } from "../content/project-schema";

export { rubricSchema, type Rubric };

/** The most a submission can score: the best level of every criterion. */
export function maxPoints(rubric: Rubric): number {
  return rubric.reduce((sum, criterion) => sum + Math.max(...criterion.levels.map((level) => level.points)), 0);
}

/**
 * The studio's rubric text, one criterion a line: "Title: Level = points; Level = points". Easier to type than a
 * nested form, and what the seed and the course format write too.
 */
export function parseRubricText(text: string): { rubric: Rubric } | { error: string } {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const criteria: unknown[] = [];
  for (const [index, line] of lines.entries()) {
    const colon = line.lastIndexOf(":");
    if (colon <= 0) return { error: `Line ${index + 1}: write "Criterion: Level = points; Level = points".` };
    const levels = [];
    for (const part of line
      .slice(colon + 1)
      .split(";")
      .map((p) => p.trim())
      .filter(Boolean)) {
      const match = /^(.+?)\s*=\s*(\d{1,3})$/.exec(part);
      if (!match) return { error: `Line ${index + 1}: each level is "Name = points", as in "Meets = 2".` };
      levels.push({ label: match[1]!, points: Number(match[2]) });
    }
    criteria.push({ title: line.slice(0, colon).trim(), levels });
  }
  const parsed = rubricSchema.safeParse(criteria);
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Check the rubric." };
  return { rubric: parsed.data };
}

export function rubricToText(rubric: Rubric): string {
  return rubric
    .map((c) => `${c.title}: ${c.levels.map((level) => `${level.label} = ${level.points}`).join("; ")}`)
    .join("\n");
}

/** A reviewer's scores: the chosen level's index for each criterion, in the rubric's order. */
export function scoreRubric(
  rubric: Rubric,
  levelIndexes: number[],
  passMark: number,
): { points: number; passes: boolean } | { error: string } {
  if (levelIndexes.length !== rubric.length) return { error: "Choose a level for every criterion." };
  let points = 0;
  for (const [i, criterion] of rubric.entries()) {
    const level = criterion.levels[levelIndexes[i]!];
    if (!level) return { error: `Choose a level for "${criterion.title}".` };
    points += level.points;
  }
  return { points, passes: points >= passMark };
}
