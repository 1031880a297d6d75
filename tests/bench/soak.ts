// `npm run bench -- --soak [--soak-minutes=N]`: N minutes (10 by default) of mixed pages at 32 connections on a
// production server started as `npm start` starts it. Prints the serving process's resident memory over time
// (read from its own /api/metrics) and exits non-zero if any request failed or memory grew past the bound.
import autocannon from "autocannon";
import { signInCookie, stateOf } from "./learning-targets";
import { startBenchServer } from "./server";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const PORT = Number(process.env.BENCH_PORT ?? 3200);
/** Growth allowed from the first sample (after the warm-up) to the end: 25 %, and never less than 64 MB. */
const GROWTH_SHARE = 0.25;
const GROWTH_FLOOR_MB = 64;

/**
 * The bench's pages (tests/bench/run.ts), through the page cache and past it, a search, what a signed-in
 * learner's browser asks for a lesson, and the probes a balancer sends.
 */
const SOAK_PAGES = [
  "/",
  "/courses",
  "/courses?level=BEGINNER&past=page-cache",
  "/courses?q=keyset+pagination",
  "/courses/http-apis-rest-graphql",
  "/courses/http-apis-rest-graphql/lessons/how-http-works",
  "/courses/http-apis-rest-graphql/lessons/how-http-works?past=page-cache",
  "/consultation",
  "/api/ready",
];
const SIGNED_IN_LESSON = "/courses/http-apis-rest-graphql/lessons/keyset-pagination-query";

const mb = (bytes: number) => bytes / 1024 / 1024;

type MemorySample = { at: number; rss: number; heap: number; external: number };

/** Reads one of prom-client's default gauges from the server's own metrics text. */
function gauge(text: string, name: string): number {
  const line = text.split("\n").find((entry) => entry.startsWith(`${name} `));
  if (!line) throw new Error(`the server's /api/metrics has no ${name}`);
  return Number(line.split(" ")[1]);
}

/** Resident memory, the V8 heap in use and external memory (buffers, WebAssembly memories such as PGlite's). */
async function memory(base: string): Promise<Omit<MemorySample, "at">> {
  const text = await (await fetch(`${base}/api/metrics`)).text();
  return {
    rss: gauge(text, "process_resident_memory_bytes"),
    heap: gauge(text, "nodejs_heap_size_used_bytes"),
    external: gauge(text, "nodejs_external_memory_bytes"),
  };
}

export async function runSoak(minutes: number): Promise<boolean> {
  const server = await startBenchServer(PORT);
  try {
    // Each connection cycles through the pages in turn.
    const base = server.url;
    const signedIn = {
      cookie: `${await signInCookie(base, "learner@academy.test", "learn-backend-2026")}; ba-signed-in=1`,
    };
    const requests = [
      ...SOAK_PAGES.map((path) => ({ method: "GET" as const, path })),
      ...[SIGNED_IN_LESSON, stateOf(SIGNED_IN_LESSON), "/dashboard"].map((path) => ({
        method: "GET" as const,
        path,
        headers: signedIn,
      })),
    ];
    // Warm-up at full load: compiled routes, rendered Markdown, the caches, the JIT and the heap a full load
    // needs settle before the first sample (measured: RSS climbs for about 20 s at 32 connections, then holds).
    // What counts is what happens after: a leak keeps growing, a settled process stays flat.
    const warmUpSeconds = Math.round(Math.max(20, Math.min(60, minutes * 6)));
    await autocannon({ url: base, requests, connections: CONNECTIONS, duration: warmUpSeconds });
    const samples: MemorySample[] = [];
    const started = Date.now();
    const sampleEveryMs = Math.max(5_000, Math.round((minutes * 60_000) / 20));
    const sample = async () => samples.push({ at: (Date.now() - started) / 1000, ...(await memory(base)) });
    await sample();
    const timer = setInterval(() => void sample().catch(() => undefined), sampleEveryMs);
    const result = await autocannon({ url: base, requests, connections: CONNECTIONS, duration: minutes * 60 });
    clearInterval(timer);
    await sample();

    console.log(
      `\nSoak: ${minutes} min after a ${warmUpSeconds} s warm-up, ${CONNECTIONS} connections, ${requests.length} pages in turn`,
    );
    console.log(["t (s)", "RSS (MB)", "heap (MB)", "external (MB)"].map((h) => h.padStart(13)).join(""));
    for (const { at, rss, heap, external } of samples) {
      console.log(
        [at.toFixed(0), ...[rss, heap, external].map((b) => mb(b).toFixed(1))].map((c) => c.padStart(13)).join(""),
      );
    }
    const first = samples[0]!.rss;
    const last = samples.at(-1)!.rss;
    const peak = Math.max(...samples.map((s) => s.rss));
    // Growth over the second half, per minute: informative (a leak shows as a steady positive figure).
    const middle = samples[Math.floor(samples.length / 2)]!;
    const slope = (mb(last - middle.rss) / Math.max(1, samples.at(-1)!.at - middle.at)) * 60;
    const bound = first + Math.max(first * GROWTH_SHARE, GROWTH_FLOOR_MB * 1024 * 1024);
    const failed = result.errors + result.timeouts + result.non2xx;
    console.log(
      `\n${result.requests.total} requests, ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, ` +
        `p99 ${result.latency.p99} ms; failed ${failed} (errors ${result.errors}, timeouts ${result.timeouts}, ` +
        `non-2xx ${result.non2xx})`,
    );
    console.log(
      `RSS after warm-up ${mb(first).toFixed(1)} MB, at the end ${mb(last).toFixed(1)} MB, peak ${mb(peak).toFixed(1)} MB; ` +
        `bound ${mb(bound).toFixed(1)} MB (+${GROWTH_SHARE * 100} %, at least +${GROWTH_FLOOR_MB} MB); ` +
        `second half ${slope >= 0 ? "+" : ""}${slope.toFixed(1)} MB/min`,
    );
    const ok = failed === 0 && last <= bound;
    console.log(ok ? "soak passed" : "SOAK FAILED: " + (failed > 0 ? "requests failed" : "memory grew past the bound"));
    return ok;
  } finally {
    server.stop();
  }
}
