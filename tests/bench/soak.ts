// `npm run bench -- --soak [--soak-minutes=N]`: N minutes (10 by default) of mixed pages at 32 connections on a
// production server started as `npm start` starts it. Prints the serving process's resident memory over time
// (read from its own /api/metrics) and exits non-zero if any request failed or memory grew past the bound.
import autocannon from "autocannon";
import { startBenchServer } from "./server";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const PORT = Number(process.env.BENCH_PORT ?? 3200);
/** Growth allowed from the first sample (after the warm-up) to the end: 25 %, and never less than 64 MB. */
const GROWTH_SHARE = 0.25;
const GROWTH_FLOOR_MB = 64;

/** The bench's pages (tests/bench/run.ts), past the page cache and through it, plus the probes a balancer sends. */
const SOAK_PAGES = [
  "/",
  "/courses",
  "/courses?level=BEGINNER",
  "/courses/http-apis-rest-graphql",
  "/courses/http-apis-rest-graphql/lessons/how-http-works",
  "/courses/http-apis-rest-graphql/lessons/how-http-works?past=page-cache",
  "/consultation",
  "/api/ready",
];

const mb = (bytes: number) => bytes / 1024 / 1024;

async function residentBytes(base: string): Promise<number> {
  const text = await (await fetch(`${base}/api/metrics`)).text();
  const line = text.split("\n").find((entry) => entry.startsWith("process_resident_memory_bytes "));
  if (!line) throw new Error("the server's /api/metrics has no process_resident_memory_bytes");
  return Number(line.split(" ")[1]);
}

export async function runSoak(minutes: number): Promise<boolean> {
  const server = await startBenchServer(PORT);
  try {
    // Each connection cycles through the pages in turn.
    const requests = SOAK_PAGES.map((path) => ({ method: "GET" as const, path }));
    const base = server.url;
    // Warm-up at full load: compiled routes, rendered Markdown, the caches, the JIT and the heap a full load
    // needs settle before the first sample (measured: RSS climbs for about 20 s at 32 connections, then holds).
    // What counts is what happens after: a leak keeps growing, a settled process stays flat.
    const warmUpSeconds = Math.round(Math.max(20, Math.min(60, minutes * 6)));
    await autocannon({ url: base, requests, connections: CONNECTIONS, duration: warmUpSeconds });
    const samples: Array<{ at: number; rss: number }> = [];
    const started = Date.now();
    const sampleEveryMs = Math.max(5_000, Math.round((minutes * 60_000) / 20));
    const sample = async () => samples.push({ at: (Date.now() - started) / 1000, rss: await residentBytes(base) });
    await sample();
    const timer = setInterval(() => void sample().catch(() => undefined), sampleEveryMs);
    const result = await autocannon({ url: base, requests, connections: CONNECTIONS, duration: minutes * 60 });
    clearInterval(timer);
    await sample();

    console.log(
      `\nSoak: ${minutes} min after a ${warmUpSeconds} s warm-up, ${CONNECTIONS} connections, ${requests.length} pages in turn`,
    );
    console.log(`${"t (s)".padStart(7)}  ${"RSS (MB)".padStart(9)}`);
    for (const { at, rss } of samples) console.log(`${at.toFixed(0).padStart(7)}  ${mb(rss).toFixed(1).padStart(9)}`);
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
