// A small multi-file service answering 30 requests on the server (one sandboxed QuickJS instance per check), the
// same in TypeScript and in Python, and the same over PostgreSQL (PGlite) in JavaScript and in Python: rows of the
// exercise-check bench (exercise-checks.ts).
import { checkJavascriptService, checkServiceProject } from "../../lib/learning/service/service-check";
import type { RequestCase } from "../../lib/learning/service/request-suite";

const FILES = {
  "routes.js": `const service = require("./service");
exports.handle = (request) => {
  if (request.method === "POST" && request.path === "/links") return service.create(request.body);
  const match = /^\\/links\\/([a-z0-9]+)$/.exec(request.path);
  if (request.method === "GET" && match) return service.follow(match[1]);
  return { status: 404, headers: {}, body: { error: "not found" } };
};`,
  "service.js": `const repository = require("./repository");
exports.create = (body) => {
  if (!body || typeof body.url !== "string" || !/^https?:\\/\\//.test(body.url))
    return { status: 400, headers: {}, body: { error: "bad url" } };
  return { status: 201, headers: {}, body: { code: repository.save(body.url) } };
};
exports.follow = (code) => {
  const url = repository.find(code);
  return url ? { status: 302, headers: { Location: url }, body: null } : { status: 404, headers: {}, body: null };
};`,
  "repository.js": `const links = new Map();
let next = 1;
exports.save = (url) => { const code = "l" + next++; links.set(code, url); return code; };
exports.find = (code) => links.get(code);`,
};

/** 15 links created, each followed: 30 requests, each judged. */
export const SERVICE_STEPS: RequestCase[] = Array.from({ length: 15 }, (_, i): RequestCase[] => [
  {
    name: `create ${i + 1}`,
    request: { method: "POST", path: "/links", headers: {}, body: { url: `https://example.com/${i}` } },
    expect: { status: 201, body: { code: `l${i + 1}` } },
  },
  {
    name: `follow ${i + 1}`,
    request: { method: "GET", path: `/links/l${i + 1}`, headers: {} },
    expect: { status: 302, headers: { location: `https://example.com/${i}` } },
  },
]).flat();

export const checkServiceRow = () => checkJavascriptService(FILES, "routes.js", SERVICE_STEPS, null);

/** The same service in TypeScript: typed files with import/export, stripped inside the sandbox before QuickJS. */
const TYPESCRIPT_FILES = {
  "routes.ts": `import * as service from "./service";
type Request = { method: string; path: string; headers: Record<string, string>; body?: unknown };
export function handle(request: Request): service.Response {
  if (request.method === "POST" && request.path === "/links") return service.create(request.body);
  const match = /^\\/links\\/([a-z0-9]+)$/.exec(request.path);
  if (request.method === "GET" && match) return service.follow(match[1]!);
  return { status: 404, headers: {}, body: { error: "not found" } };
}`,
  "service.ts": `import { find, save } from "./repository";
export interface Response { status: number; headers: Record<string, string>; body: unknown }
export function create(body: unknown): Response {
  const url = (body as { url?: unknown } | null)?.url;
  if (typeof url !== "string" || !/^https?:\\/\\//.test(url)) return { status: 400, headers: {}, body: { error: "bad url" } };
  return { status: 201, headers: {}, body: { code: save(url) } };
}
export function follow(code: string): Response {
  const url = find(code);
  return url ? { status: 302, headers: { Location: url }, body: null } : { status: 404, headers: {}, body: null };
}`,
  "repository.ts": `const links = new Map<string, string>();
let next: number = 1;
export const save = (url: string): string => { const code = "l" + next++; links.set(code, url); return code; };
export const find = (code: string): string | undefined => links.get(code);`,
};

export const checkTypescriptServiceRow = () =>
  checkServiceProject("typescript", TYPESCRIPT_FILES, "routes.ts", SERVICE_STEPS, null);

/** The same service in Python (Pyodide in the sandbox's empty realm), the same 30 requests. */
const PYTHON_FILES = {
  "routes.py": `import service

def handle(request):
    if request["method"] == "POST" and request["path"] == "/links":
        return service.create(request["body"])
    parts = request["path"].split("/")
    if request["method"] == "GET" and len(parts) == 3 and parts[1] == "links" and parts[2]:
        return service.follow(parts[2])
    return {"status": 404, "headers": {}, "body": {"error": "not found"}}
`,
  "service.py": `import repository

def create(body):
    if not isinstance(body, dict) or not isinstance(body.get("url"), str) or not body["url"].startswith(("http://", "https://")):
        return {"status": 400, "headers": {}, "body": {"error": "bad url"}}
    return {"status": 201, "headers": {}, "body": {"code": repository.save(body["url"])}}

def follow(code):
    url = repository.find(code)
    if url is None:
        return {"status": 404, "headers": {}, "body": None}
    return {"status": 302, "headers": {"Location": url}, "body": None}
`,
  "repository.py": `links = {}

def save(url):
    code = f"l{len(links) + 1}"
    links[code] = url
    return code

def find(code):
    return links.get(code)
`,
};

export const checkPythonServiceRow = () =>
  checkServiceProject("python", PYTHON_FILES, "routes.py", SERVICE_STEPS, null);

/** The same service over PostgreSQL: a fresh PGlite per check with the schema, every request a query. */
const SCHEMA = "CREATE TABLE links (id serial PRIMARY KEY, url text NOT NULL);";
const DATABASE_FILES = {
  ...FILES,
  "repository.js": `exports.save = async (url) =>
  "l" + (await db.query("INSERT INTO links (url) VALUES ($1) RETURNING id", [url])).rows[0].id;
exports.find = async (code) =>
  (await db.query("SELECT url FROM links WHERE 'l' || id = $1", [code])).rows[0]?.url;`,
  "service.js": FILES["service.js"]
    .replace("exports.create = (body) =>", "exports.create = async (body) =>")
    .replace("code: repository.save(body.url)", "code: await repository.save(body.url)")
    .replace("exports.follow = (code) =>", "exports.follow = async (code) =>")
    .replace("const url = repository.find(code);", "const url = await repository.find(code);"),
  "schema.sql": SCHEMA,
};

export const checkDatabaseServiceRow = () =>
  checkServiceProject("javascript", DATABASE_FILES, "routes.js", SERVICE_STEPS, null, false, {
    path: "schema.sql",
    schema: SCHEMA,
  });

/** The Python service over PostgreSQL: `async def handle(request, db)`, every request one awaited query. */
const PYTHON_DATABASE_FILES = {
  "routes.py": `import service

async def handle(request, db):
    if request["method"] == "POST" and request["path"] == "/links":
        return await service.create(db, request["body"])
    parts = request["path"].split("/")
    if request["method"] == "GET" and len(parts) == 3 and parts[1] == "links" and parts[2]:
        return await service.follow(db, parts[2])
    return {"status": 404, "headers": {}, "body": {"error": "not found"}}
`,
  "service.py": `import repository

async def create(db, body):
    if not isinstance(body, dict) or not isinstance(body.get("url"), str) or not body["url"].startswith(("http://", "https://")):
        return {"status": 400, "headers": {}, "body": {"error": "bad url"}}
    return {"status": 201, "headers": {}, "body": {"code": await repository.save(db, body["url"])}}

async def follow(db, code):
    url = await repository.find(db, code)
    if url is None:
        return {"status": 404, "headers": {}, "body": None}
    return {"status": 302, "headers": {"Location": url}, "body": None}
`,
  "repository.py": `async def save(db, url):
    rows = await db.query("INSERT INTO links (url) VALUES ($1) RETURNING id", [url])
    return f"l{rows[0]['id']}"

async def find(db, code):
    rows = await db.query("SELECT url FROM links WHERE 'l' || id = $1", [code])
    return rows[0]["url"] if rows else None
`,
  "schema.sql": SCHEMA,
};

export const checkPythonDatabaseServiceRow = () =>
  checkServiceProject("python", PYTHON_DATABASE_FILES, "routes.py", SERVICE_STEPS, null, false, {
    path: "schema.sql",
    schema: SCHEMA,
  });
