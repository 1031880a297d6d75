import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { entryProblem, readCourseArchive } from "@/lib/studio/archive";

const zip = (files: Record<string, string>) =>
  zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));

describe("entryProblem", () => {
  it.each([
    ["course/../../etc/passwd.md", "points outside its folder"],
    ["/etc/course.md", "is an absolute path"],
    ["C:/course/course.md", "is an absolute path"],
    ["course\\course.md", "uses backslashes"],
    ["course.md", "is not inside the course folder"],
    ["course/./course.md", "points outside its folder"],
    ["course/script.js", "is not a Markdown (.md) file"],
  ])("refuses %s", (name, problem) => {
    expect(entryProblem(name)).toBe(problem);
  });
  it("accepts a lesson path", () => {
    expect(entryProblem("my-course/01-intro/01-hello.md")).toBeNull();
  });
});

describe("readCourseArchive", () => {
  it("reads the files under the one top folder, skipping zip clutter", () => {
    const { top, files } = readCourseArchive(
      zip({ "c/course.md": "x", "c/01-m/module.md": "y", "__MACOSX/c/._course.md": "junk", "c/.DS_Store": "junk" }),
    );
    expect(top).toBe("c");
    expect([...files.keys()].sort()).toEqual(["c/01-m/module.md", "c/course.md"]);
  });
  it("refuses the whole archive when one path escapes its folder", () => {
    expect(() => readCourseArchive(zip({ "c/course.md": "x", "c/../evil.md": "y" }))).toThrow(
      expect.objectContaining({ fieldErrors: { file: ["c/../evil.md points outside its folder"] } }),
    );
  });
  it("refuses two top folders and bytes that are not a zip", () => {
    expect(() => readCourseArchive(zip({ "a/course.md": "x", "b/course.md": "y" }))).toThrow(
      "exactly one course folder",
    );
    expect(() => readCourseArchive(strToU8("not a zip"))).toThrow("not a zip archive");
  });
});
