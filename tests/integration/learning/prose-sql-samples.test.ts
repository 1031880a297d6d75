// Every SQL sample in a lesson's prose that is meant to run does run (issues #15 and #17): each lesson gets one
// fresh PGlite, its optional `sqlSampleSetup` front matter (the tables and rows its samples query) runs first,
// then every ```sql block in order, in the same database. A block fenced ```sql illustrative (a fragment, a
// two-session interleaving, or one needing an extension, CONCURRENTLY or roles) is skipped. Bind parameters
// ($1, $2, ...) in a sample are run as NULL, so the statement is still parsed, planned and executed.
import { readFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import matter from "gray-matter";
import { beforeAll, describe, expect, it } from "vitest";
import { ensurePgliteBase } from "@/lib/learning/sandbox/pglite-base";
import { fencedSamples, firstLine, isIllustrative, lessonFiles } from "./prose-samples";

const withNullParameters = (sql: string) => sql.replace(/\$(\d+)\b/g, "NULL");

const lessons = lessonFiles().map((file) => {
  const { data, content } = matter(readFileSync(file, "utf8"));
  const setup = typeof data.sqlSampleSetup === "string" ? data.sqlSampleSetup : undefined;
  return { file: path.relative(process.cwd(), file), setup, samples: fencedSamples(content, "sql") };
});

describe("SQL samples in lesson prose", () => {
  let ran = 0;
  // The initialised empty cluster the exercise sandbox starts from: each lesson's database loads it instead of
  // running initdb again.
  let base: Blob;
  beforeAll(async () => {
    base = new Blob([readFileSync(await ensurePgliteBase())]);
  }, 120_000);

  for (const lesson of lessons.filter((l) => l.samples.some((s) => !isIllustrative(s)))) {
    it(`${lesson.file} runs its samples in PGlite`, async () => {
      const db = await PGlite.create({ loadDataDir: base });
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
            await db.exec(withNullParameters(sample.code));
          } catch (error) {
            throw new Error(
              `${lesson.file}: sample starting "${firstLine(sample.code)}" failed: ${(error as Error).message}`,
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
