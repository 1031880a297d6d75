// A few rows of `npm run bench`, next to the static baseline, on a fresh server:
//   BENCH_ROWS="catalogue search,lesson view (signed in),webhook event" npx tsx tests/bench/rows.ts
// Each name in BENCH_ROWS (comma-separated) picks the rows whose name starts with it. With BENCH_URL the rows
// run against a server already started (and seeded) there instead, e.g. one started under a profiler:
//   NODE_ENV=production node --cpu-prof --cpu-prof-dir=<dir> --import tsx scripts/serve.ts <port>
// (Node refuses --cpu-prof in NODE_OPTIONS, so it cannot reach the server `runBench` starts.)
import { apiTargets } from "./api-targets";
import { cohortTargets } from "./cohort-targets";
import { learningTargets } from "./learning-targets";
import { paymentTargets } from "./payment-targets";
import { qaTargets } from "./qa-targets";
import { DEFAULT_TARGETS, measure, printTable, runBench, type BenchTarget, type Result } from "./run";

const wanted = (process.env.BENCH_ROWS ?? "")
  .split(",")
  .map((name) => name.trim())
  .filter(Boolean);
if (wanted.length === 0) {
  console.error('Name the rows: BENCH_ROWS="catalogue search,lesson view (signed in)"');
  process.exit(2);
}
const picked = (targets: BenchTarget[]) => targets.filter((t) => wanted.some((name) => t.name.startsWith(name)));

const fixed = [DEFAULT_TARGETS[0]!, ...picked(DEFAULT_TARGETS.slice(1))];
// API keys are only made when an API row is asked for (each run makes 15 for the demo admin, who may hold 20).
const wantsApi = wanted.some((name) => "GET /api/v1".startsWith(name) || name.startsWith("GET /api/v1"));
const prepare = async (base: string) =>
  picked([
    ...(await learningTargets(base)),
    ...(await paymentTargets(base)),
    ...(wantsApi ? await apiTargets(base) : []),
    ...(process.env.BENCH_URL ? [] : await qaTargets(base, Number(process.env.BENCH_PORT ?? 3200))),
    ...(process.env.BENCH_URL ? [] : await cohortTargets(base, Number(process.env.BENCH_PORT ?? 3200))),
  ]);

async function againstRunningServer(base: string) {
  const results: Result[] = [];
  for (const target of [...fixed, ...(await prepare(base))]) {
    process.stdout.write(`measuring ${target.name}…\n`);
    results.push(await measure(base, target));
  }
  printTable(results);
}

(process.env.BENCH_URL ? againstRunningServer(process.env.BENCH_URL) : runBench(fixed, prepare)).catch(
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
