// Python checks start from a memory snapshot of the interpreter taken right after start-up
// (lib/learning/sandbox/python-snapshot.ts). Made once, kept, and each check restores it whole: what one answer
// leaves in the interpreter (a module, a patched built-in, a file in Python's own file system) is gone for the next.
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkExerciseAnswer } from "@/lib/learning/exercise-check";
import { pythonSnapshotPath } from "@/lib/learning/sandbox/python-snapshot";
import { preparePythonSnapshot } from "@/lib/learning/sandbox/run-sandbox";
import { PYTHON as ADD } from "./hostile-answers";

const digest = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

describe("Python's memory snapshot", () => {
  it("is made once, named by the Pyodide version, and kept", async () => {
    const file = await preparePythonSnapshot();
    const pyodide = JSON.parse(readFileSync("node_modules/pyodide/package.json", "utf8")) as { version: string };
    expect(file).toBe(pythonSnapshotPath());
    expect(file).toContain(`python-snapshot-${pyodide.version}-`);
    const made = statSync(file);
    expect(made.size).toBeGreaterThan(1024 * 1024);
    expect(await preparePythonSnapshot()).toBe(file);
    expect(statSync(file).mtimeMs).toBe(made.mtimeMs);
  }, 180_000);

  it("checks answers from it, and nothing one answer leaves behind reaches the next or the file", async () => {
    const file = await preparePythonSnapshot();
    const before = digest(file);
    const tamper = `
import builtins, sys, os
builtins.__dict__["left_behind"] = "by the first answer"
sys.modules["json"] = None
with open("/tmp/left-behind.txt", "w") as f:
    f.write("by the first answer")
def add(a, b):
    return a + b
`;
    expect((await checkExerciseAnswer(ADD, tamper)).passed).toBe(true);
    const look = `
import builtins, os, json
found = [hasattr(builtins, "left_behind"), os.path.exists("/tmp/left-behind.txt"), json.dumps(1)]
def add(a, b):
    return a + b if found == [False, False, "1"] else found
`;
    const next = await checkExerciseAnswer(ADD, look);
    expect(next, JSON.stringify(next)).toMatchObject({ passed: true });
    expect((await checkExerciseAnswer(ADD, "def add(a, b):\n    return a - b\n")).passed).toBe(false);
    expect(digest(file)).toBe(before);
  }, 180_000);
});
