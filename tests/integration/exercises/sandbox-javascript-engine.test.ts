// The server's JavaScript engine (QuickJS with web-shims.js) gives learner code the same answers as the
// browser's engine (V8, here Node's) for the web APIs exercises use: each function runs in both and the results
// must be equal.
import { describe, expect, it } from "vitest";
import { runInSandbox } from "@/lib/learning/sandbox/run-sandbox";

const CASES: Record<string, string> = {
  url: `function probe() {
    const u = new URL("../b/c?x=1&y=%20two#frag", "https://user:pw@Example.COM:8443/a/index.html");
    u.searchParams.append("z", "ä & b");
    u.hash = "";
    return [u.href, u.origin, u.host, u.pathname, u.search, u.username, [...u.searchParams.keys()], URL.canParse("nope")];
  }`,
  searchParams: `function probe() {
    const p = new URLSearchParams("a=1&b=2&a=3+4&c=%E2%9C%93");
    p.set("b", "x y"); p.delete("c"); p.sort();
    return [p.toString(), p.getAll("a"), p.has("c"), p.size, new URLSearchParams({ q: "cats & dogs" }).toString()];
  }`,
  base64AndText: `function probe() {
    const bytes = new TextEncoder().encode("héllo ✓");
    return [btoa("hello"), atob("aGVsbG8="), Array.from(bytes), new TextDecoder().decode(bytes)];
  }`,
  locale: `function probe() {
    return [
      ["b", "B", "a", "ä"].sort((x, y) => x.localeCompare(y)),
      new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York", dateStyle: "full", timeStyle: "long" }).format(new Date(Date.UTC(2026, 2, 8, 7, 30))),
      (1234567.891).toLocaleString("en-IN"),
      new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" }).format(12.5),
      new Date(Date.UTC(2026, 10, 1, 6)).toLocaleString("en-GB", { timeZone: "Europe/London" }),
    ];
  }`,
  timers: `async function probe() {
    const order = [];
    setTimeout(() => order.push("late"), 30);
    const early = setTimeout(() => order.push("cancelled"), 5);
    clearTimeout(early);
    setTimeout(() => order.push("soon"), 10);
    queueMicrotask(() => order.push("micro"));
    await new Promise((resolve) => setTimeout(resolve, 50));
    return order;
  }`,
};

describe("the server's JavaScript engine agrees with the browser's", () => {
  for (const [name, source] of Object.entries(CASES))
    it(
      name,
      async () => {
        const inNode = await (new Function(`${source}; return probe;`)() as () => unknown)();
        const reply = (await runInSandbox({
          kind: "javascript",
          source,
          functionName: "probe",
          tests: [{ name, args: [] }],
        })) as { results: { json?: string; error?: string }[] };
        expect(reply.results[0]!.error).toBeUndefined();
        expect(JSON.parse(reply.results[0]!.json!)).toEqual(JSON.parse(JSON.stringify(inNode)));
      },
      60_000,
    );
});
