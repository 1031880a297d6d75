// Bench row for the public API: GET /api/v1/courses with a key, made the way the profile page makes one (the
// server action over HTTP). A key may send 1200 requests a minute (lib/security/rate-limit-policy.ts), fewer than
// a bench run sends, so the connections take turns over several keys of the demo admin: the row measures the
// API's work, not its limiter's 429s (the row's non-2xx column would show them).
import type { Request as CannonRequest } from "autocannon";
import { callServerAction } from "../integration/ops/servers/server-action";
import { signInCookie } from "./learning-targets";
import type { BenchTarget } from "./run";

const KEYS = 15;

export async function apiTargets(base: string): Promise<BenchTarget[]> {
  const cookie = await signInCookie(base, "admin@academy.test", "learn-backend-2026");
  const keys: string[] = [];
  for (let i = 0; i < KEYS; i += 1) {
    const answer = await callServerAction(
      base,
      "/profile",
      { name: "createApiKeyAction", file: "lib/api-keys/actions.ts" },
      { name: `bench ${Date.now()} ${i}`, "scope:courses:read": "on", expiresInDays: "7" },
      cookie,
    );
    const secret = (answer.result?.data as { secret?: string } | undefined)?.secret;
    if (!secret) throw new Error(`bench: could not create an API key (HTTP ${answer.status}, ${answer.result?.error})`);
    keys.push(secret);
  }
  const probe = await fetch(`${base}/api/v1/courses`, { headers: { authorization: `Bearer ${keys[0]}` } });
  if (probe.status !== 200) throw new Error(`bench: GET /api/v1/courses answered ${probe.status}`);
  let turn = 0;
  return [
    {
      name: "GET /api/v1/courses (key)",
      path: "/api/v1/courses",
      setupRequest: (request: CannonRequest) => {
        turn += 1;
        return { ...request, headers: { ...request.headers, authorization: `Bearer ${keys[turn % KEYS]}` } };
      },
    },
  ];
}
