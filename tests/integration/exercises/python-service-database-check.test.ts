// A Python service with a database on the server: `async def handle(request, db)` awaits `db.query` (rows as
// dicts of Python values) and `db.execute` (rows changed) against a fresh PGlite loaded with the project's
// schema.sql, in the sandbox beside Pyodide; parameters travel from a Python list; a refused statement raises
// db.DatabaseError with PostgreSQL's code; state persists across the requests of one run, never between runs; a
// query left unawaited, an await of something else, an endless loop and an endless chain of queries are stopped
// or reported; the project reaches neither the host nor a server file.
import { describe, expect, it } from "vitest";
import { checkServiceProject } from "@/lib/learning/service/service-check";
import type { RequestCase } from "@/lib/learning/service/request-suite";

const SCHEMA = `CREATE TABLE notes (
  id serial PRIMARY KEY,
  title text NOT NULL UNIQUE,
  stars integer NOT NULL DEFAULT 0,
  pinned boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);`;
const ROUTES = `import repository

async def handle(request, db):
    if request["method"] == "POST":
        try:
            note = await repository.add(db, request["body"]["title"])
        except db.DatabaseError as error:
            return {"status": 409, "body": {"error": type(error).__name__, "code": error.code}}
        return {"status": 201, "body": note}
    if request["method"] == "PATCH":
        changed = await db.execute("UPDATE notes SET stars = stars + $1 WHERE title = $2", [request["body"]["by"], request["path"][7:]])
        return {"status": 200 if changed else 404, "body": {"changed": changed}}
    rows = await repository.all(db)
    return {"status": 200, "body": {"rows": rows, "types": sorted({type(v).__name__ for row in rows for v in row.values()})}}
`;
const REPOSITORY = `async def add(db, title):
    rows = await db.query("INSERT INTO notes (title) VALUES ($1) RETURNING id, title, stars, pinned", [title])
    return rows[0]

async def all(db):
    return await db.query("SELECT id, title, stars, pinned FROM notes ORDER BY id")
`;

const post = (title: string) => ({ method: "POST" as const, path: "/notes", headers: {}, body: { title } });
const list = { method: "GET" as const, path: "/notes", headers: {} };
const STEPS: RequestCase[] = [
  {
    name: "adds a note",
    request: post("a"),
    expect: { status: 201, body: { id: 1, title: "a", stars: 0, pinned: false } },
  },
  {
    name: "adds another",
    request: post("b"),
    expect: { status: 201, body: { id: 2, title: "b", stars: 0, pinned: false } },
  },
  {
    name: "a taken title",
    request: post("a"),
    expect: { status: 409, body: { error: "DatabaseError", code: "23505" } },
  },
  {
    name: "stars one",
    request: { method: "PATCH", path: "/notes/b", headers: {}, body: { by: 3 } },
    expect: { status: 200, body: { changed: 1 } },
  },
  {
    name: "stars none",
    request: { method: "PATCH", path: "/notes/zz", headers: {}, body: { by: 3 } },
    expect: { status: 404, body: { changed: 0 } },
  },
  {
    name: "lists them",
    request: list,
    expect: {
      status: 200,
      body: {
        rows: [
          { id: 1, title: "a", stars: 0, pinned: false },
          { id: 2, title: "b", stars: 3, pinned: false },
        ],
        types: ["bool", "int", "str"],
      },
    },
  },
];

const check = (files: Record<string, string>, steps = STEPS, schema = SCHEMA) =>
  checkServiceProject("python", { ...files, "schema.sql": schema }, "routes.py", steps, null, false, {
    path: "schema.sql",
    schema,
  });
const FILES = { "routes.py": ROUTES, "repository.py": REPOSITORY };
const handler = (body: string) => ({ "routes.py": `async def handle(request, db):\n${body}` });
const probe = (body: unknown): RequestCase[] => [{ name: "probe", request: list, expect: { status: 200, body } }];

describe("small-service check in Python with a database", () => {
  it("async handlers await PGlite across files; what one request writes the next reads; each run starts afresh", async () => {
    expect(await check(FILES)).toMatchObject({ passed: true, failing: [] });
    // A second run gets a fresh database: ids start at 1 again.
    expect(await check(FILES, STEPS.slice(0, 1))).toMatchObject({ passed: true });
  });

  it("a schema that does not load, a missing handle and bad query arguments are reported", async () => {
    const broken = await check(FILES, STEPS, "CREATE TABLE notes (");
    expect(broken.feedback).toMatch(/^schema\.sql does not load: .*syntax error/);
    expect((await check({ "routes.py": "x = 1\n" })).feedback).toContain(
      "routes.py must define async def handle(request, db)",
    );
    const badParams = await check(
      handler(`    await db.query("SELECT $1::text", "x")\n    return {"status": 200}\n`),
      STEPS.slice(0, 1),
    );
    expect(badParams.failing).toEqual([
      expect.stringContaining("TypeError: db.query(sql, params): params must be a list"),
    ]);
    const badValue = await check(
      handler(`    await db.query("SELECT $1::text", [object()])\n    return {"status": 200}\n`),
      STEPS.slice(0, 1),
    );
    expect(badValue.failing).toEqual([
      expect.stringContaining("each parameter must be a str, int, float, bool or None"),
    ]);
  });

  it("a query left unawaited and an await of asyncio are explained, not hung", async () => {
    const unawaited = await check(
      handler(`    rows = db.query("SELECT 1 AS one")\n    return {"status": 200, "body": rows[0]}\n`),
      STEPS.slice(0, 1),
    );
    expect(unawaited.failing).toEqual([expect.stringContaining("must be awaited: rows = await db.query(sql, params)")]);
    const asyncio = await check(
      handler(
        `    import asyncio\n    await asyncio.sleep(0)\n    await asyncio.Event().wait()\n    return {"status": 200}\n`,
      ),
      STEPS.slice(0, 1),
    );
    expect(asyncio.failing).toEqual([expect.stringContaining("may await db.query(), db.execute()")]);
  });

  it("an endless loop and an endless chain of queries are stopped at the time limit", async () => {
    await expect(check(handler(`    while True:\n        pass\n`))).rejects.toThrow(/stopped/);
    await expect(check(handler(`    while True:\n        await db.query("SELECT 1")\n`))).rejects.toThrow(/stopped/);
  });

  it("the project cannot import the JavaScript bridge, and its SQL reads no server file", async () => {
    const bridge = await check({
      "routes.py": "import pyodide_js\nasync def handle(request, db):\n    return {'status': 200}\n",
    });
    expect(bridge.feedback).toContain("ImportError: pyodide_js is not available in exercises");
    const verdict = await check(
      handler(`    tries = {}
    try:
        await db.query("SELECT pg_read_file('/etc/passwd') AS x")
        tries["file"] = "ran"
    except db.DatabaseError:
        tries["file"] = "refused"
    try:
        import js
        tries["js"] = "imported"
    except ImportError:
        tries["js"] = "refused"
    return {"status": 200, "body": tries}
`),
      probe({ file: "refused", js: "refused" }),
    );
    expect(verdict).toMatchObject({ passed: true, failing: [] });
  });
});
