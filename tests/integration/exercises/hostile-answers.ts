// Hostile answers, each sent through the real server-side check (lib/learning/exercise-check.ts, the sandbox
// and the grader), and the canaries that prove nothing left the sandbox: an HTTP and a TCP listener on this
// machine's loopback that count every connection, a secret in the server's environment and a secret file in
// the app's folder. Shared by the suite with every layer (sandbox-hostile.test.ts) and the one with the
// engines' isolation alone (sandbox-engines-only.test.ts).
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer as createHttpServer } from "node:http";
import { createServer as createTcpServer, type AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { checkExerciseAnswer, type ExerciseCheck } from "@/lib/learning/exercise-check";
import type { LessonExercise } from "@/lib/learning/schema";

/** A one-function Python exercise: the target of the hostile answers, and of other tests of the Python check. */
export const PYTHON: LessonExercise = {
  type: "code",
  language: "python",
  functionName: "add",
  starter: "def add(a, b):\n    pass\n",
  solution: "def add(a, b):\n    return a + b\n",
  tests: "def test_adds():\n    assert add(1, 2) == 3\n",
  hiddenTests: "def test_negatives():\n    assert add(-5, 2) == -3\n",
  hints: [],
  wrongSolutions: [],
};

const JAVASCRIPT: LessonExercise = {
  type: "code",
  language: "javascript",
  functionName: "add",
  starter: "function add(a, b) {}",
  solution: "function add(a, b) { return a + b; }",
  tests: [{ name: "adds", args: [1, 2], expected: 3 }],
  hiddenTests: [{ name: "adds negatives", args: [-5, 2], expected: -3 }],
  hints: [],
  wrongSolutions: [],
};

type Outcome = { check: ExerciseCheck | null; refusal: string | null };

/** What a learner would see: the check's feedback, or the sentence of a refusal (timeout, memory, output). */
async function submit(exercise: LessonExercise, answer: string): Promise<Outcome> {
  try {
    return { check: await checkExerciseAnswer(exercise, answer), refusal: null };
  } catch (error) {
    return { check: null, refusal: error instanceof Error ? error.message : String(error) };
  }
}

const seen = (outcome: Outcome) => JSON.stringify(outcome);

/**
 * `limits: false` leaves out the resource-limit cases (endless loops, memory and output bombs): they test the
 * parent's limits, which are the same whatever isolates the child, so one run of them is enough.
 */
export function hostileAnswerSuite({ limits }: { limits: boolean }) {
  const limitsIt = limits ? it : it.skip;
  const canary = { http: 0, tcp: 0, httpPort: 0, tcpPort: 0 };
  const secret = `canary-${randomBytes(12).toString("hex")}`;
  const secretDir = path.join(process.cwd(), ".data", `sandbox-canary-${process.pid}`);
  const secretFile = path.join(secretDir, "secret.txt");
  const http = createHttpServer((request, response) => {
    canary.http += 1;
    response.end("canary");
  });
  const tcp = createTcpServer((socket) => {
    canary.tcp += 1;
    socket.destroy();
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    await new Promise<void>((resolve) => tcp.listen(0, "127.0.0.1", resolve));
    canary.httpPort = (http.address() as AddressInfo).port;
    canary.tcpPort = (tcp.address() as AddressInfo).port;
    process.env.SANDBOX_CANARY_SECRET = secret;
    mkdirSync(secretDir, { recursive: true });
    writeFileSync(secretFile, secret);
  });

  afterAll(async () => {
    delete process.env.SANDBOX_CANARY_SECRET;
    rmSync(secretDir, { recursive: true, force: true });
    await new Promise((resolve) => http.close(resolve));
    await new Promise((resolve) => tcp.close(resolve));
  });

  /** Nothing connected to the canaries and no secret reached what the learner sees. */
  async function expectNothingLeft(outcome: Outcome) {
    // Anything an answer started asynchronously has had time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(canary, "a connection reached the canary listeners").toMatchObject({ http: 0, tcp: 0 });
    expect(seen(outcome)).not.toContain(secret);
    expect(seen(outcome)).not.toContain('"name": "backend-academy"');
    expect(seen(outcome)).not.toMatch(/root:x?:0:0/);
  }

  const targets = () => [canary.httpPort, canary.tcpPort, 5432, 6379, 3000];

  it("Python: reaching Node's sockets through the JS bridge (the probe's chain) fails, and nothing connects", async () => {
    const answer = `
import sys
sys.meta_path[:] = [f for f in sys.meta_path if type(f).__name__ != "_Refuse"]
for name in list(sys.modules):
    if name.split(".")[0] in ("js", "pyodide_js"):
        del sys.modules[name]
import pyodide_js
pyodide_js._api.initializeNodeSockFS()
import socket
def add(a, b):
    for port in ${JSON.stringify(targets())}:
        s = socket.create_connection(("127.0.0.1", port), timeout=2)
        s.sendall(b"GET / HTTP/1.0\\r\\n\\r\\n")
    return a + b
`;
    const outcome = await submit(PYTHON, answer);
    expect(outcome.check?.passed ?? false).toBe(false);
    await expectNothingLeft(outcome);
  }, 120_000);

  it("Python: the JS bridge reaches an empty realm: no process, require, fetch or import()", async () => {
    const answer = `
import js
found = [str(js.eval("typeof " + n)) for n in ("process", "require", "fetch", "Buffer", "module", "WebAssembly.Module")]
js.eval("import('node:net').then((net) => net.connect(${canary.tcpPort}, '127.0.0.1'), () => null)")
js.eval("(function () { try { return this.constructor.constructor('return process')().env } catch (e) { return null } })()")
def add(a, b):
    return found
`;
    const outcome = await submit(PYTHON, answer);
    expect(outcome.check?.passed).toBe(false);
    expect(outcome.check?.failing.join("\n")).toContain(
      // Only the realm's own WebAssembly is there (Python needs it); nothing of Node.
      "got ['undefined', 'undefined', 'undefined', 'undefined', 'undefined', 'function']",
    );
    await expectNothingLeft(outcome);
  }, 120_000);

  it("Python: files and environment of the server are out of reach", async () => {
    const answer = `
import os
seen = []
for f in ["/etc/passwd", ${JSON.stringify(secretFile)}, ${JSON.stringify(path.join(process.cwd(), "package.json"))}]:
    try:
        seen.append(open(f).read())
    except OSError as e:
        seen.append(type(e).__name__)
seen.append(str(dict(os.environ)))
import js
seen.append(str(js.eval("typeof process === 'object' ? JSON.stringify(process.env) : 'no process'")))
def add(a, b):
    return seen
`;
    const outcome = await submit(PYTHON, answer);
    expect(outcome.check?.passed).toBe(false);
    expect(outcome.check?.failing.join("\n")).toContain("FileNotFoundError");
    await expectNothingLeft(outcome);
  }, 120_000);

  it("Python: sockets, subprocesses and fork are refused", async () => {
    const answer = `
import os, socket
results = []
for attempt in (lambda: socket.create_connection(("127.0.0.1", ${canary.tcpPort}), timeout=2),
                lambda: __import__("subprocess").run(["id"]),
                lambda: os.fork()):
    try:
        attempt()
        results.append("worked")
    except BaseException as e:
        results.append(type(e).__name__)
def add(a, b):
    return results
`;
    const outcome = await submit(PYTHON, answer);
    expect(outcome.check?.passed).toBe(false);
    expect(outcome.check?.failing.join("\n")).not.toContain("worked");
    await expectNothingLeft(outcome);
  }, 120_000);

  it("Python: writing into the harness's report (frames, json, the probe) cannot pass a hidden test", async () => {
    const answer = `
import sys, json
frame = sys._getframe(1)
while frame is not None and "events" not in frame.f_locals:
    frame = frame.f_back
real_dumps = json.dumps
def forged(obj, *args, **kwargs):
    if isinstance(obj, dict) and "results" in obj:
        for result in obj["results"]:
            result["error"] = None
            result["passed"] = True
            result["events"] = [[0, [["int", "3"]]]]
    return real_dumps(obj, *args, **kwargs)
json.dumps = forged
def add(a, b):
    return None
`;
    const outcome = await submit(PYTHON, answer);
    expect(outcome.check?.passed).toBe(false);
    expect(outcome.check?.failing.join("\n")).toMatch(/hidden test test_negatives fails|out of order/);
    await expectNothingLeft(outcome);
  }, 120_000);

  it("Python: an object that equals everything is not taken for the expected value", async () => {
    const answer = `
class Anything:
    def __eq__(self, other):
        return True
    def __repr__(self):
        return "3"
def add(a, b):
    return Anything()
`;
    const outcome = await submit(PYTHON, answer);
    expect(outcome.check?.passed).toBe(false);
  }, 120_000);

  it("Python: outliving the check (threads, atexit, a then-getter in the realm) does not", async () => {
    const answer = `
import atexit, threading, js
atexit.register(lambda: __import__("socket").create_connection(("127.0.0.1", ${canary.tcpPort})))
try:
    threading.Thread(target=lambda: None).start()
except BaseException:
    pass
js.eval("Object.defineProperty(Object.prototype, 'then', { get() { return (resolve) => resolve(1); }, configurable: true })")
def add(a, b):
    return a + b
`;
    const outcome = await submit(PYTHON, answer);
    // A right answer with side-shows still passes on its merits; nothing of it outlives the check.
    expect(outcome.check?.passed).toBe(true);
    await expectNothingLeft(outcome);
  }, 120_000);

  limitsIt(
    "Python: a loop without end, a memory bomb and a huge result end with a clear message",
    async () => {
      const loop = await submit(PYTHON, "def add(a, b):\n    while True:\n        pass\n");
      expect(loop.refusal).toMatch(/ran for more than \d+ seconds and was stopped/);
      const memory = await submit(
        PYTHON,
        "def add(a, b):\n    x = []\n    while True:\n        x.append(bytearray(10**7))\n",
      );
      expect(seen(memory)).toMatch(/more memory than exercises may|MemoryError/);
      const huge = await submit(PYTHON, "def add(a, b):\n    return 'x' * 30_000_000\n");
      expect(seen(huge)).toMatch(/more output than exercises may|more memory than exercises may|MemoryError/);
      await expectNothingLeft(huge);
    },
    180_000,
  );

  it("JavaScript: no process, require, import(), Function escape, fetch or host bridge in the engine", async () => {
    const answer = `function add(a, b) {
      const found = [typeof process, typeof require, typeof fetch, typeof Buffer, typeof __host];
      found.push((() => { try { return typeof Function("return this")().process; } catch (e) { return "threw"; } })());
      found.push((() => { try { return typeof ({}).constructor.constructor("return process")(); } catch (e) { return "threw"; } })());
      import("node:net").then((net) => net.connect(${canary.tcpPort}, "127.0.0.1"), () => null);
      return found;
    }`;
    const outcome = await submit(JAVASCRIPT, answer);
    expect(outcome.check?.passed).toBe(false);
    // Each probe finds nothing (undefined), or throws because the name does not exist there.
    expect(outcome.check?.failing[0]).toMatch(
      /got \["undefined","undefined","undefined","undefined","undefined","(undefined|threw)","(undefined|threw)"\]/,
    );
    await expectNothingLeft(outcome);
  }, 60_000);

  it("JavaScript: a then-getter on Object.prototype, a promise that never settles and a loop without end", async () => {
    const then = await submit(
      JAVASCRIPT,
      `Object.defineProperty(Object.prototype, "then", { get() { return (resolve) => resolve(3); } });
       function add(a, b) { return { sum: a + b }; }`,
    );
    expect(then.check?.passed).toBe(false);
    const never = await submit(JAVASCRIPT, "function add() { return new Promise(() => {}); }");
    expect(never.check?.failing[0]).toContain("never settles");
    const loop = await submit(JAVASCRIPT, "function add() { for (;;) {} }");
    expect(loop.refusal).toMatch(/ran for more than \d+ seconds and was stopped/);
    await expectNothingLeft(loop);
  }, 60_000);

  limitsIt(
    "JavaScript: a memory bomb and a huge result end with a clear message",
    async () => {
      const memory = await submit(
        JAVASCRIPT,
        "function add() { const a = []; for (;;) a.push('x'.repeat(1e6) + a.length); }",
      );
      expect(seen(memory)).toMatch(/more memory than exercises may|out of memory|InternalError/i);
      const huge = await submit(JAVASCRIPT, "function add() { return 'x'.repeat(5e6); }");
      expect(huge.check?.failing[0]).toContain("too large");
    },
    60_000,
  );

  it("a lookup table of the visible tests fails the hidden ones, in both languages", async () => {
    const js = await submit(JAVASCRIPT, 'function add(a, b) { return { "1,2": 3 }[[a, b].join(",")]; }');
    expect(js.check).toMatchObject({ passed: false });
    expect(js.check?.failing).toEqual([
      "hidden test “adds negatives” fails (its inputs and expected value are not shown)",
    ]);
    const py = await submit(PYTHON, "def add(a, b):\n    return {(1, 2): 3}.get((a, b))\n");
    expect(py.check?.failing).toEqual([
      "hidden test test_negatives fails (its inputs and expected values are not shown)",
    ]);
  }, 120_000);

  it("still checks an honest answer after all of that", async () => {
    expect(
      (await submit(PYTHON, PYTHON.type === "code" && "solution" in PYTHON ? PYTHON.solution : "")).check,
    ).toMatchObject({
      passed: true,
      feedback: "All 2 tests pass (1 of them hidden).",
    });
    expect((await submit(JAVASCRIPT, "function add(a, b) { return a + b; }")).check?.passed).toBe(true);
    expect(canary).toMatchObject({ http: 0, tcp: 0 });
  }, 120_000);
}
