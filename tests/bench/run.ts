// `npm run bench`: requests/s and latency of the main pages on a production build (served as `npm start`
// serves it), each next to a bare static page served by the same server. Figures vary run to run: read the ratios.
import autocannon from "autocannon";
import type { Request as CannonRequest } from "autocannon";
import { apiTargets } from "./api-targets";
import { cohortTargets } from "./cohort-targets";
import { qaTargets } from "./qa-targets";
import { learningTargets } from "./learning-targets";
import { printExerciseCheckBenchBothWays } from "./exercise-checks";
import { printSlotBench } from "./slots";
import { measureCheckoutCreation, paymentTargets } from "./payment-targets";
import { startBenchServer } from "./server";
import { runAnalyticsBench } from "./studio-analytics";
import { runCohortGradebookBench } from "./cohort-gradebook";
import { measureWebhookDeliveries } from "./webhook-deliveries";

type BenchRequest = {
  path: string;
  headers?: Record<string, string>;
  method?: "GET" | "POST";
  setupRequest?: (request: CannonRequest) => CannonRequest;
};
/**
 * One row. With `then`, each connection sends the path and then the further requests in turn, and the row
 * counts whole sequences ("views") per second: what a browser does for one page view.
 */
export type BenchTarget = BenchRequest & { name: string; then?: BenchRequest[] };
export type Result = {
  name: string;
  path: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
};

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
// After the first 100 requests, this long at full concurrency before timing: a path's code is then optimised as it
// is on a server that has been up a while (a fresh bench server's first seconds on a write path measured slower).
const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP_SECONDS ?? 2);
const PORT = Number(process.env.BENCH_PORT ?? 3200);

export const DEFAULT_TARGETS: BenchTarget[] = [
  { name: "static baseline", path: "/bench/baseline.html" },
  { name: "home", path: "/" },
  { name: "catalogue", path: "/courses" },
  // The listing past the page cache (a parameter it does not key on, lib/http/page-cache.ts): what Next's
  // per-request render of the catalogue costs, as on a cache miss.
  { name: "catalogue filtered, Next only", path: "/courses?level=BEGINNER&past=page-cache" },
  { name: "course", path: "/courses/http-apis-rest-graphql" },
  { name: "lesson (anonymous)", path: "/courses/http-apis-rest-graphql/lessons/how-http-works" },
  // A query string keeps a lesson out of the server's page cache (lib/http/page-cache.ts), so this row is the
  // layer under it: Next's own cache of the rendered page, what a cache miss or expiry costs.
  {
    name: "lesson (anonymous), Next's cache only",
    path: "/courses/http-apis-rest-graphql/lessons/how-http-works?past=page-cache",
  },
];

export async function measure(base: string, target: BenchTarget): Promise<Result> {
  const sequence = [target, ...(target.then ?? [])];
  const options = {
    url: base + target.path,
    requests: sequence.map((r) => ({
      method: r.method ?? "GET",
      path: r.path,
      headers: r.headers,
      ...(r.setupRequest ? { setupRequest: r.setupRequest } : {}),
    })),
  };
  // Warm-up: fill caches (rendered Markdown, compiled routes, cached pages) before timing.
  await autocannon({ ...options, connections: 4, amount: 100 * sequence.length });
  if (WARM_UP_SECONDS > 0) await autocannon({ ...options, connections: CONNECTIONS, duration: WARM_UP_SECONDS });
  const r = await autocannon({ ...options, connections: CONNECTIONS, duration: DURATION });
  // Latency stays per request; a view of n requests takes about n times as long.
  return {
    name: target.name,
    path: sequence.map((s) => s.path).join(" + "),
    rps: r.requests.average / sequence.length,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

/**
 * The static baseline measured again after the rows: a server still busy with start-up work (a seed's jobs, JIT)
 * can depress the first measurement and so inflate every ratio. The rows are divided by the better of the two.
 */
function withBaselineAgain(results: Result[], again: Result): Result[] {
  const [first, ...rows] = results;
  const better = again.rps > first!.rps ? again : first!;
  return [
    { ...better, name: "static baseline (best of before and after the rows)" },
    ...rows,
    { ...first!, name: "static baseline, before the rows" },
    { ...again, name: "static baseline, after the rows" },
  ];
}

export function printTable(results: Result[]) {
  const baseline = results[0]!;
  const rows = results.map((r) => [
    r.name,
    r.rps.toFixed(0),
    `${(r.rps / baseline.rps).toFixed(2)}×`,
    `${r.p50} ms`,
    `${r.p99} ms`,
    String(r.errors + r.non2xx),
  ]);
  const header = ["page", "req/s (views/s)", "vs baseline", "p50", "p99", "errors/non-2xx"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(
    `\n${CONNECTIONS} connections, ${DURATION} s per page. "… view" rows are whole page views (the document and the`,
  );
  console.log(`request its scripts make), counted per view; their p50/p99 are per request.\n`);
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
}

export async function runBench(
  targets: BenchTarget[] = DEFAULT_TARGETS,
  prepare?: (base: string) => Promise<BenchTarget[]>,
  extraRows?: () => Promise<Result[]>,
) {
  const server = await startBenchServer(PORT);
  try {
    const all = [...targets, ...(prepare ? await prepare(server.url) : [])];
    const results: Result[] = [];
    for (const target of all) {
      process.stdout.write(`measuring ${target.name}…\n`);
      results.push(await measure(server.url, target));
    }
    results.push(...((await extraRows?.()) ?? []));
    const baselineTarget = targets[0];
    if (baselineTarget?.path !== DEFAULT_TARGETS[0]!.path) {
      printTable(results);
      return results;
    }
    process.stdout.write("measuring the static baseline again…\n");
    const table = withBaselineAgain(results, await measure(server.url, baselineTarget));
    printTable(table);
    return table;
  } finally {
    server.stop();
  }
}

const soakArgument = process.argv.find((arg) => arg === "--soak" || arg.startsWith("--soak-minutes="));
if (process.argv[1]?.endsWith("run.ts") && soakArgument) {
  const minutes = Number(process.argv.find((arg) => arg.startsWith("--soak-minutes="))?.split("=")[1] ?? 10);
  if (!(minutes > 0)) throw new Error("--soak-minutes takes a positive number of minutes");
  void import("./soak")
    .then(({ runSoak }) => runSoak(minutes))
    .then((ok) => process.exit(ok ? 0 : 1))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
} else if (process.argv[1]?.endsWith("run.ts")) {
  printSlotBench();
  if (!process.env.BENCH_SKIP_EXERCISE_CHECKS) printExerciseCheckBenchBothWays();
  const prepare = async (base: string) => [
    ...(await learningTargets(base)),
    ...(await paymentTargets(base)),
    ...(await apiTargets(base)),
    ...(await qaTargets(base, PORT)),
    ...(await cohortTargets(base, PORT)),
  ];
  // The studio's analytics queries at 100k learners run last, on their own database (tests/bench/studio-analytics.ts).
  runBench(DEFAULT_TARGETS, prepare, async () => [await measureCheckoutCreation(), await measureWebhookDeliveries()])
    .then(() => (process.env.BENCH_SKIP_ANALYTICS ? undefined : runAnalyticsBench()))
    // The cohort's gradebook and review queue at 500 members (tests/bench/cohort-gradebook.ts).
    .then(() => (process.env.BENCH_SKIP_COHORT_GRADEBOOK ? undefined : runCohortGradebookBench()))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
