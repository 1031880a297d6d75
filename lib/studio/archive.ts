// Reading a course zip: every entry must sit inside one top-level folder, with no absolute paths, no "..",
// only Markdown files, and bounded sizes. Pure (bytes in, files out), so the rules are unit-tested.
import { strFromU8, unzipSync } from "fflate";
import { StudioError } from "./errors";

export const ARCHIVE_LIMITS = { files: 500, fileBytes: 200_000, totalBytes: 10_000_000 };

// Clutter that zip tools add; skipped rather than refused.
const IGNORED = /(^|\/)(__MACOSX\/|\.DS_Store$|Thumbs\.db$)/;

export function entryProblem(name: string): string | null {
  if (name.includes("\\")) return "uses backslashes";
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name)) return "is an absolute path";
  const segments = name.split("/");
  if (segments.some((s) => s === ".." || s === "." || s === "")) return "points outside its folder";
  if (segments.length < 2) return "is not inside the course folder";
  if (!name.endsWith(".md")) return "is not a Markdown (.md) file";
  return null;
}

/** The archive's Markdown files by path ("<course>/…"), and the name of the one top-level folder. */
export function readCourseArchive(bytes: Uint8Array): { top: string; files: Map<string, string> } {
  let entries: Record<string, Uint8Array>;
  let count = 0;
  let total = 0;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        if (file.name.endsWith("/") || IGNORED.test(file.name)) return false;
        count += 1;
        total += file.originalSize;
        if (count > ARCHIVE_LIMITS.files)
          throw new StudioError(`The archive holds more than ${ARCHIVE_LIMITS.files} files.`);
        if (file.originalSize > ARCHIVE_LIMITS.fileBytes)
          throw new StudioError(`${file.name} is larger than ${ARCHIVE_LIMITS.fileBytes / 1000} kB.`);
        if (total > ARCHIVE_LIMITS.totalBytes) throw new StudioError("The archive unpacks to more than 10 MB.");
        return true;
      },
    });
  } catch (error) {
    if (error instanceof StudioError) throw error;
    throw new StudioError("That file is not a zip archive we can read.", {
      file: ["Choose a .zip made by “Export as zip”."],
    });
  }
  const names = Object.keys(entries);
  if (names.length === 0)
    throw new StudioError("The archive holds no course files.", {
      file: ["It needs <course>/course.md and module folders."],
    });
  const problems = names.flatMap((name) => {
    const problem = entryProblem(name);
    return problem ? [`${name} ${problem}`] : [];
  });
  if (problems.length)
    throw new StudioError("The archive was refused; nothing was imported.", { file: problems.slice(0, 10) });
  const tops = new Set(names.map((name) => name.split("/")[0]!));
  if (tops.size !== 1)
    throw new StudioError("The archive must hold exactly one course folder.", {
      file: [`Found: ${[...tops].slice(0, 5).join(", ")}.`],
    });
  const files = new Map(names.map((name) => [name, strFromU8(entries[name]!)]));
  return { top: [...tops][0]!, files };
}
