// A request that meets a lost database connection before the server's monitor has noticed the outage must still
// answer 503 with Retry-After, never a 500. The failure surfaces deep inside a page render, a route or an action;
// the answer is written by Next. So each request carries a small record (the server's gate, lib/ops/db-gate.ts,
// opens it): the database layer notes a lost connection in it, and the gate reads it when Next starts to answer.
import { AsyncLocalStorage } from "node:async_hooks";
import { processWide } from "../process-wide";

/** Seconds a client is asked to wait (Retry-After) while the database is unreachable. */
export const RETRY_AFTER_SECONDS = 5;

export type FailureRecord = {
  /** A query of this request failed because the connection to the database was lost or refused. */
  lostConnection: boolean;
  /** The action wrapper (lib/actions/run-action.ts) answered `code: "UNAVAILABLE"` for it. */
  answeredUnavailable: boolean;
};

// One per process: the server and Next's bundle each load this module.
const shared = processWide("database-failures", () => ({
  requests: new AsyncLocalStorage<FailureRecord>(),
  /** Set by the server: asks the database monitor to probe now. */
  listener: undefined as (() => void) | undefined,
}));

/** Node's socket errors and PostgreSQL's connection-class and shutdown codes. */
const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "57P01",
  "57P02",
  "57P03",
]);
/** Prisma's "can't reach", "timed out reaching", "operation timed out" and "server closed the connection". */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017"]);
/** What the driver adapter calls them (meta.driverAdapterError.cause.kind). */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
/** node-postgres's own words when a connection ends under a query or cannot be opened in time. */
const MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Can't reach database server/;

function field(value: unknown, name: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

/** True when `error` (or one it wraps) says the database could not be reached, not that a query was wrong. */
export function isConnectionFailure(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; current = field(current, "cause"), depth++) {
    const code = field(current, "code");
    if (typeof code === "string" && (CONNECTION_CODES.has(code) || PRISMA_CODES.has(code))) return true;
    // The adapter's own error carries them on its cause; Prisma's, under meta.driverAdapterError.cause.
    for (const adapted of [current, field(field(field(current, "meta"), "driverAdapterError"), "cause")]) {
      if (ADAPTER_KINDS.has(String(field(adapted, "kind")))) return true;
      if (CONNECTION_CODES.has(String(field(adapted, "originalCode")))) return true;
    }
    const message = field(current, "message");
    if (typeof message === "string" && MESSAGES.test(message)) return true;
  }
  return false;
}

/** Runs `work` (a request) with `record` as the record its database failures are noted in. */
export function recordingFailures<T>(record: FailureRecord, work: () => T): T {
  return shared.requests.run(record, work);
}

/** The server's hook: told of each lost connection, at once (the monitor probes now). */
export function onConnectionFailure(listener: (() => void) | undefined) {
  shared.listener = listener;
}

/** Notes a lost connection for the current request and tells the monitor; returns whether `error` was one. */
export function noteConnectionFailure(error: unknown): boolean {
  if (!isConnectionFailure(error)) return false;
  const record = shared.requests.getStore();
  if (record) record.lostConnection = true;
  shared.listener?.();
  return true;
}

/** The action wrapper answered "unavailable": the server sends that answer with 503 and Retry-After. */
export function noteAnsweredUnavailable() {
  const record = shared.requests.getStore();
  if (record) record.answeredUnavailable = true;
}

/**
 * Wraps a driver adapter factory (and the connections and transactions it hands out): a call that fails because
 * the connection was lost is noted for the request that made it, then fails as before.
 */
export function notingConnectionFailures<T extends object>(target: T): T {
  return new Proxy(target, {
    get(object, property) {
      const value = Reflect.get(object, property, object) as unknown;
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        const result = (value as (...rest: unknown[]) => unknown).apply(object, args);
        if (!(result instanceof Promise)) return result;
        return result.then(
          (resolved: unknown) =>
            typeof field(resolved, "queryRaw") === "function" ? notingConnectionFailures(resolved as object) : resolved,
          (error: unknown) => {
            noteConnectionFailure(error);
            throw error;
          },
        );
      };
    },
  });
}
