// TypeScript service files stripped to the CommonJS the engines run: types and `import`/`export` go, every line stays
// where it was (a runtime or syntax error's line is the learner's line), and a syntax error names file, line and column.
import { describe, expect, it } from "vitest";
import { stripTypeScript } from "@/lib/learning/sandbox/engines/typescript-strip.mjs";

const ROUTES = `import * as service from "./service";
import type { Link } from "./store";

interface Request {
  method: string;
  path: string;
}

export function handle(request: Request): { status: number; body?: Link } {
  const found = service.find(request.path) as Link | null;
  return found ? { status: 200, body: found } : { status: 404 };
}
`;

/** Runs stripped CommonJS with a `require` over the given modules, as the engines' loader does. */
function load(code: string, modules: Record<string, unknown> = {}): Record<string, unknown> {
  const record = { exports: {} as Record<string, unknown> };
  new Function("module", "exports", "require", code)(record, record.exports, (spec: string) => modules[spec]);
  return record.exports;
}

describe("stripping a TypeScript project's types", () => {
  it("keeps every line where it was and runs as CommonJS", async () => {
    const result = await stripTypeScript({ "routes.ts": ROUTES });
    if (result.error !== undefined) throw new Error(result.error);
    const code = result.files["routes.ts"]!;
    expect(code.split("\n")).toHaveLength(ROUTES.split("\n").length);
    // The body of handle() sits on the same lines, types gone.
    expect(code.split("\n")[9]).toContain("const found = service.find(request.path)");
    expect(code).not.toMatch(/interface|: string|as Link/);
    const exported = load(code, { "./service": { find: (path: string) => (path === "/a" ? { code: "a" } : null) } });
    const handle = exported.handle as (request: { method: string; path: string }) => unknown;
    expect(handle({ method: "GET", path: "/a" })).toEqual({ status: 200, body: { code: "a" } });
    expect(handle({ method: "GET", path: "/b" })).toEqual({ status: 404 });
  });

  it("leaves JavaScript and SQL files as they are, and loads nothing for a project without TypeScript", async () => {
    const files = { "routes.js": "exports.handle = () => 1;", "schema.sql": "CREATE TABLE t (id int);" };
    expect(await stripTypeScript(files)).toEqual({ files });
  });

  it("turns enums and parameter properties into JavaScript", async () => {
    const source = `enum Color { Red, Green }\nexport class Box { constructor(public size: number) {} }\nexport const green = Color.Green;\n`;
    const result = await stripTypeScript({ "a.ts": source });
    if (result.error !== undefined) throw new Error(result.error);
    const exported = load(result.files["a.ts"]!);
    expect(exported.green).toBe(1);
    expect(new (exported.Box as new (size: number) => { size: number })(3).size).toBe(3);
  });

  it("names the file, line and column (from 1, as the editor counts) of a syntax error", async () => {
    const source = "const a: number = 1;\nfunction twice(x: number {\n  return x * 2;\n}\n";
    expect(await stripTypeScript({ "ok.ts": "export const x = 1;\n", "service.ts": source })).toEqual({
      error: 'service.ts, line 2, column 26: Unexpected token, expected ","',
    });
    expect(await stripTypeScript({ "a.ts": "let y: = 2;" })).toEqual({
      error: "a.ts, line 1, column 8: Unexpected token",
    });
  });

  it("refuses a namespace with its line rather than dropping its values", async () => {
    const source = "export const a = 1;\n\nnamespace Links {\n  export const max = 3;\n}\n";
    expect(await stripTypeScript({ "store.ts": source })).toEqual({
      error: "store.ts, line 3: a namespace is not supported here; export from a module of its own instead",
    });
  });

  it("does not check types: a type error runs as the JavaScript it is", async () => {
    const result = await stripTypeScript({ "a.ts": 'export const n: number = "not a number";\n' });
    if (result.error !== undefined) throw new Error(result.error);
    expect(load(result.files["a.ts"]!).n).toBe("not a number");
  });
});
