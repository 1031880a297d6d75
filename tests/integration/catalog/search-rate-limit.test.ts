// Anonymous catalogue search is rate-limited per address (issue #9 item 11): only searches that reach the
// database spend the allowance, so browsing and repeated searches stay free.
import { beforeAll, describe, expect, it } from "vitest";
import { searchCatalogAs } from "@/lib/catalog/queries";
import { RATE_LIMITS } from "@/lib/security/rate-limit-policy";
import { seedDatabase } from "@/prisma/seed";
import { useTestDatabase } from "../../helpers/test-db";

beforeAll(async () => {
  const t = await useTestDatabase();
  await seedDatabase(t.db);
}, 180_000);

describe("catalogue search rate limit", () => {
  it("refuses an address once it has made its allowance of fresh searches, and only that address", async () => {
    const { points } = RATE_LIMITS["catalog-search-ip"];
    for (let i = 0; i < points; i++) expect((await searchCatalogAs("203.0.113.7", { q: `probe${i}` })).ok).toBe(true);
    const refused = await searchCatalogAs("203.0.113.7", { q: "one more" });
    expect(refused).toEqual({ ok: false, retryAfterSeconds: expect.any(Number) });
    if (!refused.ok) expect(refused.retryAfterSeconds).toBeGreaterThan(0);

    // The same address may still browse, and repeat a search already answered (served from memory).
    expect((await searchCatalogAs("203.0.113.7", {})).ok).toBe(true);
    expect((await searchCatalogAs("203.0.113.7", { q: "probe3" })).ok).toBe(true);
    // Another address is not affected.
    expect((await searchCatalogAs("198.51.100.2", { q: "keyset" })).ok).toBe(true);
  }, 120_000);
});
