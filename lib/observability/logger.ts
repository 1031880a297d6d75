// Structured JSON logs (pino), one process-wide logger shared by scripts/serve.ts and the app's bundle.
// Secrets never reach a line: known secret-bearing keys are censored wherever they appear, and callers log
// ids, not emails or headers. Pretty-printed when NODE_ENV=development.
import { createRequire } from "node:module";
import pino, { type Logger } from "pino";
import { logSettings } from "../env";
import { processWide } from "../process-wide";

/** Keys censored at the top level and one or two levels down (pino's redact paths do not recurse). */
const SECRET_KEYS = [
  "password",
  "newPassword",
  "currentPassword",
  "token",
  "secret",
  "cookie",
  "authorization",
  "email",
  "sessionToken",
  "set-cookie",
];
const REDACT = SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

export type RecentError = { at: string; message: string; route?: string };
const RECENT_LIMIT = 20;

function prettyStream(): NodeJS.WritableStream | undefined {
  if (!logSettings().pretty) return undefined;
  try {
    // pino-pretty as a plain stream (no worker thread), and only in development where it is installed.
    const pretty = createRequire(import.meta.url)("pino-pretty") as (options: object) => NodeJS.WritableStream;
    return pretty({ colorize: true, translateTime: "HH:MM:ss.l" });
  } catch {
    return undefined;
  }
}

function build(): { logger: Logger; recent: RecentError[] } {
  const options = {
    level: logSettings().level,
    base: { pid: process.pid },
    redact: { paths: REDACT, censor: "[redacted]" },
  };
  const stream = prettyStream();
  return { logger: stream ? pino(options, stream) : pino(options), recent: [] };
}

function holder() {
  return processWide("logger", build);
}

export function logger(): Logger {
  return holder().logger;
}

/** Logs an error once, with its stack, and keeps its message for the admin status page. */
export function logError(error: unknown, context: Record<string, unknown> = {}, message = "request failed") {
  const err = error instanceof Error ? error : new Error(String(error));
  logger().error({ ...context, err }, message);
  const recent = holder().recent;
  recent.unshift({
    at: new Date().toISOString(),
    message: `${message}: ${err.message}`.slice(0, 300),
    route: typeof context.route === "string" ? context.route : undefined,
  });
  recent.length = Math.min(recent.length, RECENT_LIMIT);
}

export function recentErrors(): readonly RecentError[] {
  return holder().recent;
}
