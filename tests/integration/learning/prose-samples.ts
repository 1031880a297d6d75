// The fenced code samples in the curriculum's lesson prose, for the tests that run them (SQL in PGlite,
// Python in Pyodide). A sample whose fence says `illustrative` is shown to readers but not run.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

export const CONTENT_ROOT = path.join(process.cwd(), "prisma/content");

/** Every lesson file under `dir` (course.md and module.md describe, they do not teach), in a stable order. */
export function lessonFiles(dir: string = CONTENT_ROOT): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) found.push(...lessonFiles(full));
    else if (name.endsWith(".md") && name !== "course.md" && name !== "module.md") found.push(full);
  }
  return found;
}

export type Sample = { info: string; code: string };

/** The ```<language> blocks of a Markdown text, with what follows the language on the fence line. */
export function fencedSamples(markdown: string, language: "sql" | "python"): Sample[] {
  const fence = new RegExp(`^\`\`\`${language}([^\\n]*)\\n([\\s\\S]*?)^\`\`\`[ \\t]*$`, "gm");
  return [...markdown.matchAll(fence)].map((m) => ({ info: m[1]!.trim(), code: m[2]! }));
}

export const isIllustrative = (sample: Sample) => sample.info.split(/\s+/).includes("illustrative");
export const firstLine = (code: string) => code.split("\n").find((line) => line.trim() !== "") ?? "";
