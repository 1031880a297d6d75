// Exercise checks on the server, each in a fresh sandbox (lib/learning/sandbox): checks per second for
// JavaScript and Python, and an honest learner's check latency while another floods the queue. Printed by
// `npm run bench` twice, with every layer (bubblewrap where the host has it) and with the engines alone, next
// to a baseline: starting a bare `node` process. Run alone: npx tsx tests/bench/exercise-checks.ts
import { spawnSync } from "node:child_process";
import { checkExerciseAnswer } from "../../lib/learning/exercise-check";
import { isolation } from "../../lib/learning/sandbox/isolation";
import { poolSize } from "../../lib/learning/sandbox/check-queue";
import type { LessonExercise } from "../../lib/learning/schema";
import { assertWriteTestsRows, WRITE_TESTS_ROWS } from "./write-tests-checks";
import {
  checkDatabaseServiceRow,
  checkPythonDatabaseServiceRow,
  checkPythonServiceRow,
  checkServiceRow,
  checkTypescriptServiceRow,
} from "./service-checks";

const JS: LessonExercise = {
  type: "code",
  language: "javascript",
  functionName: "slugify",
  starter: "function slugify(s) {}",
  solution: "function slugify(s) { return s.toLowerCase().trim().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''); }",
  tests: [
    { name: "words", args: ["Hello World"], expected: "hello-world" },
    { name: "punctuation", args: ["  REST, GraphQL & gRPC!  "], expected: "rest-graphql-grpc" },
  ],
  hiddenTests: [{ name: "empty", args: [""], expected: "" }],
  hints: [],
  wrongSolutions: [],
};

const PY: LessonExercise = {
  type: "code",
  language: "python",
  functionName: "slugify",
  starter: "def slugify(s):\n    pass\n",
  solution: "import re\ndef slugify(s):\n    return re.sub(r'[^a-z0-9]+', '-', s.lower().strip()).strip('-')\n",
  tests: "def test_words():\n    assert slugify('Hello World') == 'hello-world'\n",
  hiddenTests: "def test_empty():\n    assert slugify('') == ''\n",
  hints: [],
  wrongSolutions: [],
};

const SLOW_JS = "function slugify(s) { const end = Date.now() + 1000; while (Date.now() < end) {} return s; }";

type Row = { name: string; perSecond: number; p50: number; p99: number };

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

async function throughput(name: string, exercise: LessonExercise, answer: string, count: number): Promise<Row> {
  await checkExerciseAnswer(exercise, answer); // warm: the Python plan, the file cache
  const latencies: number[] = [];
  const started = performance.now();
  let next = 0;
  // As many at once as the pool runs, each learner its own owner (one check in flight per learner).
  await Promise.all(
    Array.from({ length: poolSize() }, async (_, worker) => {
      while (next < count) {
        next += 1;
        const begun = performance.now();
        const check = await checkExerciseAnswer(exercise, answer, null, `bench-${worker}`);
        if (!check.passed) throw new Error(`${name}: the bench answer failed: ${check.feedback}`);
        latencies.push(performance.now() - begun);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { name, perSecond: count / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/** An honest learner's checks, one after another, while another account keeps submitting slow answers. */
async function underFlood(count: number): Promise<Row> {
  let flooding = true;
  const flood = (async () => {
    while (flooding) {
      await Promise.allSettled(
        Array.from({ length: 10 }, () => checkExerciseAnswer(JS, SLOW_JS, null, "bench-flooder")),
      );
    }
  })();
  const latencies: number[] = [];
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const begun = performance.now();
    await checkExerciseAnswer(JS, JS.type === "code" && "solution" in JS ? JS.solution : "", null, "bench-honest");
    latencies.push(performance.now() - begun);
  }
  const seconds = (performance.now() - started) / 1000;
  flooding = false;
  await flood;
  return {
    name: "honest JavaScript check while another floods",
    perSecond: count / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

function bareProcess(count: number): Row {
  const latencies: number[] = [];
  for (let i = 0; i < count; i++) {
    const begun = performance.now();
    spawnSync(process.execPath, ["-e", ""]);
    latencies.push(performance.now() - begun);
  }
  const total = latencies.reduce((a, b) => a + b, 0) / 1000;
  return {
    name: "baseline: start a bare node",
    perSecond: count / total,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

async function writeTestsRows(): Promise<Row[]> {
  await assertWriteTestsRows();
  const rows: Row[] = [];
  for (const row of WRITE_TESTS_ROWS) rows.push(await throughput(row.name, row.exercise, row.answer, row.count));
  return rows;
}

export async function runExerciseCheckBench(): Promise<Row[]> {
  const solution = (e: LessonExercise) => (e.type === "code" && "solution" in e ? e.solution : "");
  return [
    bareProcess(10),
    await throughput("JavaScript checks (fresh sandbox each)", JS, solution(JS), 30),
    await throughput("Python checks (fresh sandbox each)", PY, solution(PY), 8),
    await underFlood(10),
    ...(await writeTestsRows()),
    ...(await serviceRows(20)),
  ];
}

function print(rows: Row[]) {
  const found = isolation();
  console.log(
    `\nExercise checks, ${found.kind === "bubblewrap" ? "every layer (bubblewrap + engines)" : `engines only (${found.reason})`}, pool of ${poolSize()}:`,
  );
  const baseline = rows[0]!;
  const header = ["row", "checks/s", "vs baseline", "p50", "p99"];
  const cells = rows.map((r) => [
    r.name,
    r.perSecond.toFixed(2),
    `${(r.perSecond / baseline.perSecond).toFixed(3)}×`,
    `${r.p50.toFixed(0)} ms`,
    `${r.p99.toFixed(0)} ms`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((x, i) => (i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const c of cells) console.log(line(c));
}

/** `npm run bench` runs this file twice in child processes: the isolation is decided once per process. */
export function printExerciseCheckBenchBothWays() {
  for (const mode of ["auto", "none"]) {
    const result = spawnSync(
      process.execPath,
      ["--import", "tsx", "--import", "./scripts/server-only/register.mjs", "tests/bench/exercise-checks.ts"],
      { env: { ...process.env, EXERCISE_SANDBOX_ISOLATION: mode }, stdio: "inherit" },
    );
    if (result.status !== 0) throw new Error(`exercise check bench (${mode}) failed`);
  }
}

type ServiceCheck = () => Promise<{ passed: boolean; feedback: string; failing: string[] }>;
const SERVICE_ROWS: [string, ServiceCheck][] = [
  ["small-service check, 30 requests (JavaScript)", checkServiceRow],
  ["small-service check, 30 requests (TypeScript)", checkTypescriptServiceRow],
  ["small-service check, 30 requests (Python)", checkPythonServiceRow],
  ["small-service check, 30 requests (JavaScript + PGlite)", checkDatabaseServiceRow],
  ["small-service check, 30 requests (Python + PGlite)", checkPythonDatabaseServiceRow],
];

/** A three-file service answering 30 requests, checks one after another, in each language and with a database. */
async function serviceRows(count: number): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [name, check] of SERVICE_ROWS) rows.push(await serviceRow(name, check, count));
  return rows;
}

async function serviceRow(name: string, check: ServiceCheck, count: number): Promise<Row> {
  const latencies: number[] = [];
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const begun = performance.now();
    const verdict = await check();
    if (!verdict.passed) throw new Error(`service row: ${verdict.feedback} ${verdict.failing.join("; ")}`);
    latencies.push(performance.now() - begun);
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    name,
    perSecond: count / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

// EXERCISE_BENCH_ROWS=write-tests runs only the baseline, the write-the-tests rows and the service rows;
// EXERCISE_BENCH_ROWS=service only the baseline and the service rows.
const onlyWriteTests = async () => [bareProcess(10), ...(await writeTestsRows()), ...(await serviceRows(20))];
const onlyServices = async () => [
  bareProcess(10),
  ...(await serviceRows(Number(process.env.SERVICE_BENCH_CHECKS ?? 20))),
];
const ROWS: Record<string, () => Promise<Row[]>> = { "write-tests": onlyWriteTests, service: onlyServices };

if (process.argv[1]?.endsWith("exercise-checks.ts"))
  (ROWS[process.env.EXERCISE_BENCH_ROWS ?? ""] ?? runExerciseCheckBench)()
    .then((rows) => {
      print(rows);
      process.exit(0);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
