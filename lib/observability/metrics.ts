// Prometheus metrics for the whole process. scripts/serve.ts and the app's bundled code load this module
// separately, so the registry and every metric live behind one process-wide symbol: both halves count into
// the same series, and /api/metrics (in the bundle) exposes what the server counted.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { processWide } from "../process-wide";

type QueueDepths = () => Promise<Record<string, number>>;
type PoolStats = () => { total: number; idle: number; waiting: number } | null;

function build() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const sources: { queueDepths?: QueueDepths; pool?: PoolStats } = {};
  const metrics = {
    registry,
    sources,
    requests: new Counter({
      name: "http_requests_total",
      help: "HTTP requests answered, by method, route and status",
      labelNames: ["method", "route", "status"],
      registers: [registry],
    }),
    latency: new Histogram({
      name: "http_request_duration_seconds",
      help: "Time to answer an HTTP request, by method and route",
      labelNames: ["method", "route"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    pageCache: new Counter({
      name: "page_cache_lookups_total",
      help: "Shared page cache lookups, by outcome (hit or miss)",
      labelNames: ["outcome"],
      registers: [registry],
    }),
    webhooks: new Counter({
      name: "webhook_events_total",
      help: "Webhook events received, by type and outcome",
      labelNames: ["type", "outcome"],
      registers: [registry],
    }),
    bookings: new Counter({
      name: "bookings_created_total",
      help: "Consultation bookings made",
      registers: [registry],
    }),
    enrolments: new Counter({
      name: "enrolments_created_total",
      help: "Course enrolments made",
      registers: [registry],
    }),
    jobFailures: new Counter({
      name: "job_failures_total",
      help: "Background jobs that failed, by queue",
      labelNames: ["queue"],
      registers: [registry],
    }),
    dbUnavailable: new Counter({
      name: "db_unavailable_responses_total",
      help: "Requests answered 503 because the database was unreachable",
      registers: [registry],
    }),
    purges: new Counter({
      name: "page_purges_total",
      help: "Cache purges applied, by origin (local or remote instance)",
      labelNames: ["origin"],
      registers: [registry],
    }),
  };
  new Gauge({
    name: "job_queue_depth",
    help: "Jobs waiting in each background queue",
    labelNames: ["queue"],
    registers: [registry],
    async collect() {
      this.reset();
      const depths: Record<string, number> = (await sources.queueDepths?.().catch(() => ({}))) ?? {};
      for (const [queue, depth] of Object.entries(depths)) this.set({ queue }, depth);
    },
  });
  new Gauge({
    name: "db_pool_connections",
    help: "PostgreSQL pool connections, by state (total, idle, waiting clients)",
    labelNames: ["state"],
    registers: [registry],
    collect() {
      const stats = sources.pool?.();
      if (!stats) return;
      this.set({ state: "total" }, stats.total);
      this.set({ state: "idle" }, stats.idle);
      this.set({ state: "waiting" }, stats.waiting);
    },
  });
  return metrics;
}

type Metrics = ReturnType<typeof build>;
export function metrics(): Metrics {
  return processWide("metrics", build);
}

// Seams other domains call; each is one line so a caller never needs to know prom-client.
export function countWebhookEvent(type: string, outcome: "processed" | "duplicate" | "ignored" | "failed") {
  metrics().webhooks.inc({ type, outcome });
}
export function countBooking() {
  metrics().bookings.inc();
}
export function countEnrolment() {
  metrics().enrolments.inc();
}
export function countJobFailure(queue: string) {
  metrics().jobFailures.inc({ queue });
}
/** The job runner registers how to read its queue depths (read at scrape time). */
export function registerQueueDepthSource(source: QueueDepths) {
  metrics().sources.queueDepths = source;
}
export function registerPoolStatsSource(source: PoolStats) {
  metrics().sources.pool = source;
}

export async function renderMetrics(): Promise<{ body: string; contentType: string }> {
  const { registry } = metrics();
  return { body: await registry.metrics(), contentType: registry.contentType };
}
