import { z } from "zod";

// Every setting the app reads, parsed once. With nothing set the app runs on its embedded
// defaults (PGlite, the dev mail outbox, built-in test payments).
const emptyToUndefined = (value: unknown) => (value === "" ? undefined : value);
const optional = z.preprocess(emptyToUndefined, z.string().optional());

const envSchema = z
  .object({
    APP_ENV: z.enum(["local", "test", "production"]).default("local"),
    /** Public URL; unset, it is http://localhost:<PORT> (PORT's default 3000): see parseEnv. */
    APP_URL: z.preprocess(emptyToUndefined, z.url().default("http://localhost:3000")),
    /** Port `npm start` (and the backup/restore scripts' server) listens on; unset, APP_URL's port. */
    PORT: z.preprocess(
      emptyToUndefined,
      z.coerce.number().int("PORT must be a whole number").min(1).max(65_535).optional(),
    ),
    /** How long a SIGTERM waits for requests in flight before closing them (scripts/shutdown.ts). */
    SHUTDOWN_GRACE_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(600_000).default(10_000)),
    /**
     * When `npm start` builds: "if-stale" (a source is newer than the build, or there is none) or "if-missing"
     * (only when there is no build: the e2e servers serve the build npm test just made, even in a checkout where
     * someone is editing).
     */
    START_BUILD: z.enum(["if-stale", "if-missing"]).default("if-stale"),
    /** Set by `npm start` for the server it spawns: the server stops when that process is gone (scripts/serve.ts). */
    SERVE_PARENT_PID: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).optional()),
    /**
     * Who answers the learner-state GETs, the lesson Q&A list and the unread count under `npm start`: the server itself, through the function the route
     * files call ("server", lib/http/web-endpoints.ts), or Next's route runtime ("next": slower, the same answers).
     */
    LEARNER_STATE_DOOR: z.preprocess(emptyToUndefined, z.enum(["server", "next"]).default("server")),
    /** The same choice for the Stripe webhook's POST (lib/payments/webhooks/route-handler.ts). */
    WEBHOOK_DOOR: z.preprocess(emptyToUndefined, z.enum(["server", "next"]).default("server")),
    DATABASE_URL: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
        .optional(),
    ),
    /** Optional read replica of DATABASE_URL: published-catalogue and studio-analytics reads go there (lib/db). */
    DATABASE_REPLICA_URL: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "DATABASE_REPLICA_URL must start with postgres:// or postgresql://")
        .optional(),
    ),
    /** Interface `npm start` listens on: loopback unless told otherwise (0.0.0.0 for every interface). */
    HOST: z.preprocess(emptyToUndefined, z.string().min(1).default("127.0.0.1")),
    PGLITE_DIR: z.preprocess(emptyToUndefined, z.string().default(".data/pglite")),
    NEXTAUTH_SECRET: optional,
    SMTP_URL: optional,
    MAIL_FROM: z.preprocess(emptyToUndefined, z.string().default("Backend Academy <hello@backend-academy.local>")),
    REDIS_URL: optional,
    /** Reverse proxies in front of the app whose X-Forwarded-For entries are believed (read by scripts/serve.ts). */
    TRUSTED_PROXY_HOPS: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number()
        .int("TRUSTED_PROXY_HOPS must be a whole number of proxies (0 when clients connect directly)")
        .min(0)
        .max(10)
        .default(0),
    ),
    /** Bearer token that lets a scraper off this machine read /api/metrics (loopback may always). */
    METRICS_TOKEN: z.preprocess(
      emptyToUndefined,
      z.string().min(16, "METRICS_TOKEN must be at least 16 characters").optional(),
    ),
    /**
     * Server-side exercise checks run in a bubblewrap sandbox when the host allows ("auto"); "none" turns
     * that layer off (the engines' own isolation still holds). lib/learning/sandbox/isolation.ts.
     */
    EXERCISE_SANDBOX_ISOLATION: z.preprocess(emptyToUndefined, z.enum(["auto", "none"]).default("auto")),
    /** Exercise checks run at once; default: one per core, at least two. */
    EXERCISE_SANDBOX_WORKERS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(64).optional()),
    /** The largest project upload (zip or PDF) a learner may submit, in bytes; default 5 MB. lib/projects. */
    PROJECT_UPLOAD_MAX_BYTES: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number()
        .int()
        .min(1024)
        .max(100 * 1024 * 1024)
        .default(5 * 1024 * 1024),
    ),
    /**
     * Outbound webhooks may reach loopback (127.0.0.0/8, ::1): for a receiver on this machine in local tests and
     * e2e only; refused when APP_ENV=production. Private, link-local and metadata addresses are never allowed.
     */
    WEBHOOK_ALLOW_LOOPBACK: z.preprocess(emptyToUndefined, z.enum(["true", "false"]).default("false")),
    STRIPE_SECRET_KEY: optional,
    STRIPE_WEBHOOK_SECRET: optional,
    GITHUB_ID: optional,
    GITHUB_SECRET: optional,
    GOOGLE_ID: optional,
    GOOGLE_SECRET: optional,
  })
  .superRefine((env, ctx) => {
    if (env.DATABASE_REPLICA_URL && !env.DATABASE_URL)
      ctx.addIssue({
        code: "custom",
        path: ["DATABASE_REPLICA_URL"],
        message:
          "DATABASE_REPLICA_URL is a replica of DATABASE_URL: set DATABASE_URL too (the embedded database has none)",
      });
    if (env.APP_ENV !== "production") return;
    for (const key of [
      "NEXTAUTH_SECRET",
      "DATABASE_URL",
      "SMTP_URL",
      "STRIPE_SECRET_KEY",
      "STRIPE_WEBHOOK_SECRET",
    ] as const) {
      if (!env[key])
        ctx.addIssue({ code: "custom", path: [key], message: `${key} is required when APP_ENV=production` });
    }
    if (env.WEBHOOK_ALLOW_LOOPBACK === "true")
      ctx.addIssue({
        code: "custom",
        path: ["WEBHOOK_ALLOW_LOOPBACK"],
        message: "WEBHOOK_ALLOW_LOOPBACK is for local testing: unset it when APP_ENV=production",
      });
    // Sessions ride on Secure cookies and links in emails use APP_URL: production is served over HTTPS.
    if (!env.APP_URL.startsWith("https://"))
      ctx.addIssue({
        code: "custom",
        path: ["APP_URL"],
        message: "APP_URL must be an https:// address when APP_ENV=production",
      });
  });

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  // With only PORT set, the public URL follows it (`PORT=3170 npm start` prints and links to :3170).
  const withUrl =
    !source.APP_URL && source.PORT && /^\d+$/.test(source.PORT)
      ? { ...source, APP_URL: `http://localhost:${source.PORT}` }
      : source;
  const result = envSchema.safeParse(withUrl);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
const logSchema = z.object({
  LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(LOG_LEVELS).optional()),
  NODE_ENV: z.preprocess(emptyToUndefined, z.string().optional()),
});

/**
 * The logger's settings, parsed on their own: the logger must work (to report the problem) even when the rest
 * of the configuration is invalid. LOG_LEVEL unset: "warn" under tests, "info" otherwise; an unknown level is
 * refused with the list of known ones.
 */
export function logSettings(source: Record<string, string | undefined> = process.env): {
  level: (typeof LOG_LEVELS)[number];
  pretty: boolean;
} {
  const result = logSchema.safeParse(source);
  if (!result.success) throw new Error(`Invalid configuration:\n  LOG_LEVEL: one of ${LOG_LEVELS.join(", ")}`);
  const { LOG_LEVEL, NODE_ENV } = result.data;
  return { level: LOG_LEVEL ?? (NODE_ENV === "test" ? "warn" : "info"), pretty: NODE_ENV === "development" };
}

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
