// A small multi-file service answering 30 requests on the server (one sandboxed QuickJS instance per check):
// a row of the exercise-check bench (exercise-checks.ts).
import { checkJavascriptService } from "../../lib/learning/service/service-check";
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
