// The server's check of a TypeScript small-service project: its types are stripped inside the sandbox's runner
// (never in the server), then it runs in QuickJS like a JavaScript project. The curriculum's TypeScript URL
// shortener passes and its starter and known-wrong projects fail; a syntax error names the learner's file, line
// and column; TypeScript that tries to leave the engine reaches nothing.
import { randomBytes } from "node:crypto";
import { createServer, type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCourse } from "@/lib/content/load-curriculum";
import { isServiceExercise } from "@/lib/content/schema";
import { serviceStarterFiles } from "@/lib/content/service-schema";
import { checkExerciseAnswer } from "@/lib/learning/exercise-check";
import { serviceAnswer, serviceModelAnswer, serviceWrongAnswers } from "@/lib/learning/service/service-answer";
import { checkServiceProject } from "@/lib/learning/service/service-check";
import type { RequestCase } from "@/lib/learning/service/request-suite";

const lesson = loadCourse("prisma/content/http-apis-rest-graphql")
  .modules.flatMap((m) => m.lessons)
  .find((l) => l.slug === "project-url-shortener-in-typescript")!;
const code = lesson.exercise?.type === "code" ? lesson.exercise.code : null;
if (!code || !isServiceExercise(code))
  throw new Error("the TypeScript URL shortener does not read as a service project");
const exercise = { type: "code" as const, ...code };

const HELLO: RequestCase[] = [
  { name: "says hello", request: { method: "GET", path: "/hello", headers: {} }, expect: { status: 200, body: "hi" } },
];
const check = (files: Record<string, string>, steps = HELLO) =>
  checkServiceProject("typescript", files, "routes.ts", steps, null);

describe("a TypeScript service project on the server", () => {
  it("is the JavaScript project's variant: same requests, five or more known-wrong projects", () => {
    expect(exercise.language).toBe("typescript");
    expect(exercise.files.map((f) => f.path)).toEqual(["routes.ts", "service.ts", "store.ts"]);
    const js = loadCourse("prisma/content/http-apis-rest-graphql")
      .modules.flatMap((m) => m.lessons)
      .find((l) => l.slug === "project-url-shortener")!;
    const jsCode = js.exercise?.type === "code" ? js.exercise.code : null;
    if (!jsCode || !isServiceExercise(jsCode)) throw new Error("the JavaScript URL shortener is missing");
    expect(exercise.tests).toEqual(jsCode.tests);
    expect(exercise.hiddenTests).toEqual(jsCode.hiddenTests);
    expect(exercise.wrongSolutions.length).toBeGreaterThanOrEqual(5);
  });

  it("passes the model project; fails its starter and each known-wrong project", async () => {
    const model = await checkExerciseAnswer(exercise, serviceModelAnswer(exercise));
    expect(model).toMatchObject({ passed: true });
    const wrong = [
      { mistake: "the starter", answer: serviceAnswer(exercise, serviceStarterFiles(exercise)) },
      ...serviceWrongAnswers(exercise),
    ];
    const verdicts = await Promise.all(wrong.map((w) => checkExerciseAnswer(exercise, w.answer)));
    wrong.forEach((w, index) => {
      expect(verdicts[index]!.passed, `accepts a known-wrong project (${w.mistake})`).toBe(false);
    });
  }, 300_000);

  it("runs a project with type errors (types are not checked) and imports a neighbour with or without .js", async () => {
    const verdict = await check({
      "routes.ts": `import { greet } from "./service.js";\nimport * as again from "./service";\nexport function handle(request: { path: string }): { status: number; headers: {}; body: string } {\n  const wrong: number = greet();\n  return { status: 200, headers: {}, body: again.greet() === wrong ? wrong : "?" };\n}\n`,
      "service.ts": `export const greet = (): string => "hi";\n`,
    });
    expect(verdict).toEqual({ passed: true, feedback: "All 1 requests get the right responses.", failing: [] });
  }, 60_000);

  it("reports a syntax error with the file, line and column of the learner's file", async () => {
    const verdict = await check({
      "routes.ts": `import { greet } from "./service";\nexport const handle = () => ({ status: 200, headers: {}, body: greet() });\n`,
      "service.ts": `// greeting\n\nexport function greet(name: string = "x" {\n  return "hi";\n}\n`,
    });
    expect(verdict).toEqual({
      passed: false,
      feedback: 'Your service does not load: service.ts, line 3, column 42: Unexpected token, expected ","',
      failing: [],
    });
  }, 60_000);

  it("reports a failing request like a JavaScript project", async () => {
    const verdict = await check({
      "routes.ts": `export const handle = (r: unknown) => ({ status: 201, headers: {}, body: "hi" });\n`,
    });
    expect(verdict).toMatchObject({
      passed: false,
      failing: ["request “says hello” (GET /hello): expected status 200, got 201"],
    });
  }, 60_000);
});

describe("hostile TypeScript", () => {
  let connections = 0;
  let port = 0;
  const server = createServer((socket) => {
    connections += 1;
    socket.destroy();
  });
  const secret = `canary-${randomBytes(8).toString("hex")}`;
  beforeAll(async () => {
    process.env.TS_SANDBOX_CANARY = secret;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    delete process.env.TS_SANDBOX_CANARY;
    await new Promise((resolve) => server.close(resolve));
  });

  it("finds no process, require of Node's modules, import(), Function escape or environment", async () => {
    const routes = `declare const process: { env: Record<string, string> } | undefined;
type Probe = () => unknown;
const probes: Record<string, Probe> = {
  process: () => typeof process === "undefined" ? "none" : JSON.stringify(process.env),
  require: () => { const r = require as unknown as (name: string) => unknown; return String(r("node:net")); },
  escape: () => String((({}).constructor.constructor("return typeof process")())),
  imported: () => { void import("node:net").then((net: any) => net.connect(${port}, "127.0.0.1")); return "asked"; },
  global: () => Object.keys(globalThis).filter((k) => !["db"].includes(k)).join(","),
};
export function handle(): { status: number; headers: Record<string, string>; body: Record<string, string> } {
  const body: Record<string, string> = {};
  for (const [name, probe] of Object.entries(probes)) {
    try { body[name] = String(probe()); } catch (error) { body[name] = "threw " + String(error); }
  }
  return { status: 200, headers: {}, body };
}
`;
    const verdict = await checkServiceProject(
      "typescript",
      { "routes.ts": routes },
      "routes.ts",
      [{ name: "probe", request: { method: "GET", path: "/", headers: {} }, expect: { body: "nothing" } }],
      null,
      true,
    );
    const report = verdict.failing.join("\n");
    expect(report).toContain('"process":"none"');
    expect(report).toMatch(/"require":"threw Error: Cannot find module 'node:net'/);
    expect(report).toContain('"escape":"undefined"');
    expect(report).not.toContain(secret);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(connections, "a connection reached the canary").toBe(0);
  }, 60_000);

  it("stops a loop without end in a TypeScript file; text built to overflow the stripper fails in the sandbox", async () => {
    const loop = check({ "routes.ts": "export function handle(): never { for (;;) {} }\n" });
    await expect(loop).rejects.toThrow(/ran for more than \d+ seconds/);
    // Deeply nested type arguments: the stripper runs inside the sandbox, under its limits, not in the server.
    const nested = `type T = ${"Array<".repeat(5000)}number${">".repeat(5000)};\nexport const handle = () => ({ status: 200, headers: {}, body: "hi" });\n`;
    const verdict = await check({ "routes.ts": nested });
    // (It overflows the parser's stack: here, that is the sandbox's stack.)
    expect(verdict).toEqual({
      passed: false,
      feedback: "Your service does not load: routes.ts: Maximum call stack size exceeded",
      failing: [],
    });
  }, 120_000);
});
