// The server's check of a small multi-file JavaScript service: three files answer a suite of requests in one
// sandboxed QuickJS instance (state kept between requests); a bug is reported per request; a loop is stopped.
import { describe, expect, it } from "vitest";
import { checkJavascriptService } from "@/lib/learning/service/service-check";
import type { RequestCase } from "@/lib/learning/service/request-suite";

const FILES = {
  "routes.js": `const service = require("./service");
exports.handle = (request) => {
  if (request.method === "POST" && request.path === "/links") return service.create(request.body);
  const match = /^\\/links\\/([a-z0-9]+)$/.exec(request.path);
  if (request.method === "GET" && match) return service.follow(match[1]);
  return { status: 404, headers: {}, body: { error: "not found" } };
};`,
  "service.js": `const repository = require("./repository.js");
const json = (status, body) => ({ status, headers: { "Content-Type": "application/json" }, body });
exports.create = (body) => {
  if (!body || typeof body.url !== "string" || !/^https?:\\/\\/[^\\s]+$/.test(body.url))
    return json(400, { error: "url must be an http or https address" });
  return json(201, { code: repository.save(body.url), url: body.url });
};
exports.follow = (code) => {
  const url = repository.find(code);
  return url ? { status: 302, headers: { Location: url }, body: null } : json(404, { error: "no such link" });
};`,
  "repository.js": `const links = new Map();
let next = 1;
exports.save = (url) => { const code = "l" + next++; links.set(code, url); return code; };
exports.find = (code) => links.get(code);`,
};

const post = (url: unknown) => ({ method: "POST" as const, path: "/links", headers: {}, body: { url } });
const get = (path: string) => ({ method: "GET" as const, path, headers: {} });
const STEPS: (RequestCase & { hidden?: boolean })[] = [
  {
    name: "creates a link",
    request: post("https://example.com/a"),
    expect: { status: 201, body: { code: "l1", url: "https://example.com/a" } },
  },
  {
    name: "follows it",
    request: get("/links/l1"),
    expect: { status: 302, headers: { location: "https://example.com/a" } },
  },
  { name: "refuses a bad url", request: post("ftp://x"), expect: { status: 400 } },
  { name: "unknown code", request: get("/links/zz"), expect: { status: 404 }, hidden: true },
  {
    name: "a second link gets its own code",
    request: post("http://b.test"),
    expect: { status: 201, body: { code: "l2", url: "http://b.test" } },
    hidden: true,
  },
];

describe("small-service check", () => {
  it("a correct three-file service passes; persistence holds across requests", async () => {
    expect(await checkJavascriptService(FILES, "routes.js", STEPS, null)).toMatchObject({ passed: true, failing: [] });
  });

  it("a service that accepts any url fails the visible request and says why", async () => {
    const lenient = {
      ...FILES,
      "service.js": FILES["service.js"].replace("!/^https?:\\/\\/[^\\s]+$/.test(body.url)", "false"),
    };
    const verdict = await checkJavascriptService(lenient, "routes.js", STEPS, null);
    expect(verdict.passed).toBe(false);
    expect(verdict.failing).toEqual([
      expect.stringContaining("“refuses a bad url” (POST /links): expected status 400, got 201"),
      expect.stringContaining("hidden request “a second link gets its own code” (POST …) fails"),
    ]);
  });

  it("a missing file, a missing handle and a loop are reported", async () => {
    const missing = await checkJavascriptService({ "routes.js": FILES["routes.js"] }, "routes.js", STEPS, null);
    expect(missing.feedback).toContain("Cannot find module 'service.js'");
    const noHandle = await checkJavascriptService({ "routes.js": "exports.other = 1;" }, "routes.js", STEPS, null);
    expect(noHandle.feedback).toContain("must export a function handle");
    await expect(
      checkJavascriptService({ "routes.js": "exports.handle = () => { for (;;) {} };" }, "routes.js", STEPS, null),
    ).rejects.toThrow(/stopped/);
  });
});
