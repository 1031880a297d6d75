import "server-only";
import { timingSafeEqual } from "node:crypto";
import { env } from "../env";
import { isLoopbackRequest } from "../security/loopback";

/** /api/metrics answers a caller on this machine, or one that presents METRICS_TOKEN as a bearer token. */
export function mayReadMetrics(headers: Headers): boolean {
  if (isLoopbackRequest(headers)) return true;
  const token = env().METRICS_TOKEN;
  const given = headers.get("authorization")?.match(/^Bearer (.+)$/i)?.[1];
  if (!token || !given) return false;
  const [a, b] = [Buffer.from(given), Buffer.from(token)];
  return a.length === b.length && timingSafeEqual(a, b);
}
