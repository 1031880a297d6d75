import { z } from "zod";

// Every setting the app reads, parsed once. With nothing set the app runs on its embedded
// defaults (PGlite, the dev mail outbox, built-in test payments).
const emptyToUndefined = (value: unknown) => (value === "" ? undefined : value);
const optional = z.preprocess(emptyToUndefined, z.string().optional());

const envSchema = z
  .object({
    APP_ENV: z.enum(["local", "test", "production"]).default("local"),
    APP_URL: z.preprocess(emptyToUndefined, z.url().default("http://localhost:3000")),
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
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
