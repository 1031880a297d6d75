// Every SQL sample in a lesson's prose that is meant to run does run (issues #15 and #17): each lesson gets one
// fresh PGlite, its optional `sqlSampleSetup` front matter (the tables and rows its samples query) runs first,
// then every ```sql block in order, in the same database. A block fenced ```sql illustrative (a fragment, a
// two-session interleaving, or one needing an extension, CONCURRENTLY or roles) is skipped. Bind parameters
// ($1, $2, ...) in a sample are run as NULL, so the statement is still parsed, planned and executed.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";

const CONTENT_ROOT = path.join(process.cwd(), "prisma/content");

function lessonFiles(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) found.push(...lessonFiles(full));
    else if (name.endsWith(".md") && name !== "course.md" && name !== "module.md") found.push(full);
  }
  return found;
}

type Sample = { info: string; sql: string };

function sqlSamples(markdown: string): Sample[] {
  return [...markdown.matchAll(/^```sql([^\n]*)\n([\s\S]*?)^```[ \t]*$/gm)].map((m) => ({
    info: m[1]!.trim(),
    sql: m[2]!,
  }));
}

const isIllustrative = (s: Sample) => s.info.split(/\s+/).includes("illustrative");
const withNullParameters = (sql: string) => sql.replace(/\$(\d+)\b/g, "NULL");
const firstLine = (sql: string) => sql.split("\n").find((line) => line.trim() !== "") ?? "";

const lessons = lessonFiles(CONTENT_ROOT).map((file) => {
  const { data, content } = matter(readFileSync(file, "utf8"));
  const setup = typeof data.sqlSampleSetup === "string" ? data.sqlSampleSetup : undefined;
  return { file: path.relative(process.cwd(), file), setup, samples: sqlSamples(content) };
});

describe("SQL samples in lesson prose", () => {
  let ran = 0;

  for (const lesson of lessons.filter((l) => l.samples.some((s) => !isIllustrative(s)))) {
    it(`${lesson.file} runs its samples in PGlite`, async () => {
      const db = new PGlite();
      try {
        if (lesson.setup) {
          try {
            await db.exec(lesson.setup);
          } catch (error) {
            throw new Error(`${lesson.file}: sqlSampleSetup failed: ${(error as Error).message}`);
          }
        }
        for (const sample of lesson.samples.filter((s) => !isIllustrative(s))) {
          try {
            await db.exec(withNullParameters(sample.sql));
          } catch (error) {
            throw new Error(
              `${lesson.file}: sample starting "${firstLine(sample.sql)}" failed: ${(error as Error).message}`,
            );
          }
          ran++;
        }
      } finally {
        await db.close();
      }
    }, 60_000);
  }

  it("runs at least 30 samples overall (marking everything illustrative cannot pass)", () => {
    expect(ran).toBeGreaterThanOrEqual(30);
  });
});
