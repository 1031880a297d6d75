// compose.yaml, the Dockerfile and nginx's site file, read as a deployer's tools would read them: Docker is not
// on CI's machine, so this is what stands in for `docker compose config` there (run that where Docker is).
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseEnv } from "@/lib/env";

type Service = {
  build?: string;
  image?: string;
  deploy?: { replicas?: number };
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }> | string[];
  healthcheck?: { test: string[] };
  volumes?: string[];
  ports?: string[];
};
const compose = parse(readFileSync("compose.yaml", "utf8")) as { services: Record<string, Service> };
const { app, postgres, redis, nginx } = compose.services;

/** Compose's interpolation: `${NAME:?message}` and `${NAME}` take the deployer's value, `${NAME:-default}` its default. */
function interpolate(value: string, given: Record<string, string>): string {
  return value.replace(/\$\{([A-Z_]+)(?::([?-])([^}]*))?\}/g, (_, name: string, kind?: string, rest?: string) => {
    if (given[name] !== undefined) return given[name]!;
    if (kind === "-") return rest ?? "";
    throw new Error(`compose.yaml needs ${name}: ${rest ?? "no default"}`);
  });
}

const DEPLOYER = {
  POSTGRES_PASSWORD: "pg-secret",
  NEXTAUTH_SECRET: "a-long-random-secret-for-sessions-0123456789",
  SMTP_URL: "smtp://mail.example:587",
  STRIPE_SECRET_KEY: "sk_live_example",
  STRIPE_WEBHOOK_SECRET: "whsec_example",
};

describe("compose.yaml", () => {
  it("runs two app replicas built from the Dockerfile, behind nginx, on PostgreSQL and Redis", () => {
    expect(app?.build).toBe(".");
    expect(app?.deploy?.replicas).toBeGreaterThanOrEqual(2);
    expect(postgres?.image).toMatch(/^postgres:/);
    expect(redis?.image).toMatch(/^redis:/);
    expect(nginx?.image).toMatch(/^nginx:/);
    expect(nginx?.depends_on).toEqual(["app"]);
  });

  it("gives the app every setting production refuses to start without, and they parse", () => {
    const environment = Object.fromEntries(
      Object.entries(app!.environment!).map(([name, value]) => [name, interpolate(String(value), DEPLOYER)]),
    );
    const env = parseEnv(environment);
    expect(env.APP_ENV).toBe("production");
    expect(new URL(env.DATABASE_URL!).host).toBe("postgres:5432");
    expect(new URL(env.DATABASE_URL!).password).toBe(DEPLOYER.POSTGRES_PASSWORD);
    expect(new URL(env.REDIS_URL!).hostname).toBe("redis");
    // Without the deployer's secrets, compose stops with a message instead of starting a half-set app.
    expect(() => interpolate(String(app!.environment!.NEXTAUTH_SECRET), {})).toThrow(/NEXTAUTH_SECRET/);
  });

  it("starts the app once PostgreSQL and Redis answer their health checks", () => {
    expect(app?.depends_on).toEqual({
      postgres: { condition: "service_healthy" },
      redis: { condition: "service_healthy" },
    });
    expect(postgres?.healthcheck?.test.join(" ")).toContain("pg_isready");
    expect(redis?.healthcheck?.test.join(" ")).toContain("ping");
  });

  it("mounts an nginx site that proxies to the app's port, one trusted hop, with metrics kept inside", () => {
    const mount = nginx!.volumes!.find((volume) => volume.endsWith(":/etc/nginx/conf.d/default.conf:ro"))!;
    const file = mount.split(":")[0]!.replace(/^\.\//, "");
    expect(existsSync(file)).toBe(true);
    const site = readFileSync(file, "utf8");
    expect(site).toMatch(new RegExp(`^\\s*server app:${app!.environment!.PORT}[ ;]`, "m"));
    expect(site).toMatch(/proxy_set_header X-Forwarded-For \$remote_addr;/);
    expect(app!.environment!.TRUSTED_PROXY_HOPS).toBe("1");
    expect(site).toMatch(/location \/api\/metrics \{ return 404; \}/);
  });
});

describe("Dockerfile", () => {
  const dockerfile = readFileSync("Dockerfile", "utf8");
  const stages = dockerfile.split(/^FROM /m).slice(1);
  const runtime = stages.at(-1)!;

  it("builds as CI does (exercise assets, then next build) and ships the assets", () => {
    expect(stages.length).toBeGreaterThanOrEqual(3);
    expect(dockerfile).toMatch(/^RUN npm run build\b/m);
    expect(runtime).toMatch(/COPY --from=build \S+ \/app\/\.cache\/exercise-assets /);
  });

  it("runs as a non-root user, with production dependencies only and a health check", () => {
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/COPY --from=prod-deps \S+ \/app\/node_modules/);
    expect(dockerfile).toMatch(/npm prune --omit=dev/);
    expect(runtime).toMatch(/^HEALTHCHECK .*\/api\/health/m);
  });

  it("keeps secrets and local state out of the build context", () => {
    const ignored = readFileSync(".dockerignore", "utf8").split("\n");
    for (const entry of [".env", ".env.*", ".data", "node_modules", ".next"]) expect(ignored).toContain(entry);
  });
});
