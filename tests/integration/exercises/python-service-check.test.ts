// The server's check of a small multi-file Python service: the files are modules imported by name (a package
// too), they answer a suite of requests in one sandboxed Pyodide (state kept between requests); a bug is
// reported per request; a broken import, a missing handle, a bad response and a loop are reported; the
// JavaScript bridge is out of reach.
import { describe, expect, it } from "vitest";
import { checkServiceProject } from "@/lib/learning/service/service-check";
import type { RequestCase } from "@/lib/learning/service/request-suite";

const FILES = {
  "routes.py": `import service

def handle(request):
    if request["method"] == "POST" and request["path"] == "/links":
        return service.create(request["body"])
    parts = request["path"].split("/")
    if request["method"] == "GET" and len(parts) == 3 and parts[1] == "links" and parts[2]:
        return service.follow(parts[2])
    return {"status": 404, "headers": {}, "body": {"error": "not found"}}
`,
  "service.py": `import re
from data import repository

def json_response(status, body):
    return {"status": status, "headers": {"Content-Type": "application/json"}, "body": body}

def create(body):
    if not isinstance(body, dict) or not isinstance(body.get("url"), str) or not re.fullmatch(r"https?://\\S+", body["url"]):
        return json_response(400, {"error": "url must be an http or https address"})
    return json_response(201, {"code": repository.save(body["url"]), "url": body["url"]})

def follow(code):
    url = repository.find(code)
    if url is None:
        return json_response(404, {"error": "no such link"})
    return {"status": 302, "headers": {"Location": url}}
`,
  "data/repository.py": `links = {}
counter = [0]

def save(url):
    counter[0] += 1
    code = f"l{counter[0]}"
    links[code] = url
    return code

def find(code):
    return links.get(code)
`,
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

const check = (files: Record<string, string>, steps = STEPS) =>
  checkServiceProject("python", files, "routes.py", steps, null);

describe("small-service check in Python", () => {
  it("a correct three-file service passes; persistence holds across requests", async () => {
    expect(await check(FILES)).toMatchObject({ passed: true, failing: [] });
  });

  it("a service that accepts any url fails the visible request and says why", async () => {
    const lenient = {
      ...FILES,
      "service.py": FILES["service.py"].replace('or not re.fullmatch(r"https?://\\S+", body["url"])', ""),
    };
    expect(lenient["service.py"]).not.toContain("fullmatch");
    const verdict = await check(lenient);
    expect(verdict.passed).toBe(false);
    expect(verdict.failing).toEqual([
      expect.stringContaining("“refuses a bad url” (POST /links): expected status 400, got 201"),
      expect.stringContaining("hidden request “a second link gets its own code” (POST …) fails"),
    ]);
  });

  it("a missing file, a missing handle, a bad response, an exception and a loop are reported", async () => {
    const missing = await check({ "routes.py": FILES["routes.py"] });
    expect(missing.feedback).toMatch(
      /Your service does not load:[\s\S]*ModuleNotFoundError: No module named 'service'/,
    );
    expect(missing.feedback).toContain('File "routes.py", line 1');
    expect((await check({ "routes.py": "other = 1\n" })).feedback).toContain("routes.py must define a function handle");
    const bad = await check(
      { "routes.py": "def handle(request):\n    return {'status': 200, 'body': {1, 2}}\n" },
      STEPS.slice(0, 1),
    );
    expect(bad.failing).toEqual([
      expect.stringContaining("your handler threw the response body cannot be written as JSON"),
    ]);
    const raising = await check({ "routes.py": "def handle(request):\n    return 1 // 0\n" }, STEPS.slice(0, 1));
    expect(raising.failing).toEqual([expect.stringMatching(/File "routes.py", line 2[\s\S]*ZeroDivisionError/)]);
    await expect(check({ "routes.py": "def handle(request):\n    while True:\n        pass\n" })).rejects.toThrow(
      /stopped/,
    );
  });

  it("the project cannot import the JavaScript bridge, and a reply cannot be forged from print()", async () => {
    const bridge = await check({ "routes.py": "import js\ndef handle(request):\n    return {'status': 200}\n" });
    expect(bridge.feedback).toContain("ImportError: js is not available in exercises");
    const printer = await check(
      { "routes.py": `print('{"outcomes": []}')\ndef handle(request):\n    return {"status": 500}\n` },
      STEPS.slice(0, 1),
    );
    expect(printer.passed).toBe(false);
    expect(printer.failing).toEqual([expect.stringContaining("expected status 201, got 500")]);
  });
});
