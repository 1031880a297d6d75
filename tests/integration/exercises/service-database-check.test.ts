// A small service with a database on the server: a fresh PGlite per check, loaded with the project's schema.sql,
// queried by the handlers through `db.query(sql, params)` (rows come back, state persists across the requests
// of one run, never between runs); SQL errors reach the handler as DatabaseError with PostgreSQL's code; a
// schema that does not load is reported; the learner's SQL gets no more than PGlite (no server files).
import { describe, expect, it } from "vitest";
import { checkServiceProject } from "@/lib/learning/service/service-check";
import type { RequestCase } from "@/lib/learning/service/request-suite";

const SCHEMA = `CREATE TABLE notes (id serial PRIMARY KEY, title text NOT NULL UNIQUE, created_at timestamptz NOT NULL DEFAULT now());`;
const ROUTES = `exports.handle = async (request) => {
  if (request.method === "POST") {
    try {
      const { rows } = await db.query("INSERT INTO notes (title) VALUES ($1) RETURNING id, title", [request.body.title]);
      return { status: 201, headers: {}, body: rows[0] };
    } catch (error) {
      return { status: error.code === "23505" ? 409 : 500, headers: {}, body: { error: error.name, code: error.code } };
    }
  }
  const { rows, rowCount } = await db.query("SELECT id, title FROM notes ORDER BY id");
  return { status: 200, headers: {}, body: { rows, rowCount } };
};`;

const post = (title: string) => ({ method: "POST" as const, path: "/notes", headers: {}, body: { title } });
const list = { method: "GET" as const, path: "/notes", headers: {} };
const STEPS: RequestCase[] = [
  { name: "adds a note", request: post("a"), expect: { status: 201, body: { id: 1, title: "a" } } },
  { name: "adds another", request: post("b"), expect: { status: 201, body: { id: 2, title: "b" } } },
  {
    name: "a taken title",
    request: post("a"),
    expect: { status: 409, body: { error: "DatabaseError", code: "23505" } },
  },
  {
    name: "lists them",
    request: list,
    expect: {
      status: 200,
      body: {
        rows: [
          { id: 1, title: "a" },
          { id: 2, title: "b" },
        ],
        rowCount: 2,
      },
    },
  },
];

const check = (files: Record<string, string>, steps = STEPS, schema = SCHEMA) =>
  checkServiceProject("javascript", { ...files, "schema.sql": schema }, "routes.js", steps, null, false, {
    path: "schema.sql",
    schema,
  });

describe("small-service check with a database", () => {
  it("the handlers query PGlite; what one request writes the next reads; each run starts from the schema", async () => {
    expect(await check({ "routes.js": ROUTES })).toMatchObject({ passed: true, failing: [] });
    // A second run gets a fresh database: ids start at 1 again.
    expect(await check({ "routes.js": ROUTES }, STEPS.slice(0, 1))).toMatchObject({ passed: true });
  });

  it("a schema that does not load and a bad query argument are reported", async () => {
    const broken = await check({ "routes.js": ROUTES }, STEPS, "CREATE TABLE notes (");
    expect(broken.feedback).toMatch(/^schema\.sql does not load: .*syntax error/);
    const badParams = await check(
      { "routes.js": `exports.handle = async () => { await db.query("SELECT 1", "x"); return { status: 200 }; };` },
      STEPS.slice(0, 1),
    );
    expect(badParams.failing).toEqual([
      expect.stringContaining("TypeError: db.query(sql, params): params must be an array"),
    ]);
  });

  it("the learner's SQL reads no server file and the handlers cannot reach the host", async () => {
    const probe = `exports.handle = async () => {
      const tries = {};
      for (const [name, sql] of Object.entries({
        file: "SELECT pg_read_file('/etc/passwd') AS x",
      })) {
        try { await db.query(sql); tries[name] = "ran"; } catch (error) { tries[name] = "refused"; }
      }
      tries.require = typeof require;
      tries.process = typeof process;
      return { status: 200, headers: {}, body: tries };
    };`;
    const verdict = await check({ "routes.js": probe }, [
      {
        name: "probe",
        request: list,
        expect: {
          status: 200,
          body: { file: "refused", require: "function", process: "undefined" },
        },
      },
    ]);
    expect(verdict).toMatchObject({ passed: true, failing: [] });
  });
});
