// The integration files share their worker's modules (vitest `isolate: false`, see vitest.config.ts): importing
// the app's module graph once per worker instead of once per file saves about 40 % of the stage's CPU. What a
// file could leave behind for the next one in the same worker is put back here, before each file: the in-memory
// rate limits, the catalogue memo (it would answer from the previous file's database), the payment provider and
// webhook delivery a file swapped in, a replica marked unreachable, fake timers and spies.
// Files that mock modules or must read a setting at import run isolated instead (the "integration-isolated"
// project in vitest.config.ts).
import { beforeAll, vi } from "vitest";
import { dropMemoized } from "@/lib/cache/memo";
import { setReplicaReachable } from "@/lib/db/replica-state";
import { setPaymentProvider } from "@/lib/payments/provider";
import { setWebhookDelivery } from "@/lib/payments/provider/test-events";
import { rateLimits } from "@/lib/security/rate-limit";

const holder = globalThis as typeof globalThis & { backendAcademyRateLimits?: ReturnType<typeof rateLimits> };

beforeAll(async () => {
  const limits = holder.backendAcademyRateLimits;
  delete holder.backendAcademyRateLimits;
  await limits?.close();
  dropMemoized();
  setReplicaReachable(true);
  setPaymentProvider(null);
  setWebhookDelivery(null);
  vi.useRealTimers();
  vi.restoreAllMocks();
});
