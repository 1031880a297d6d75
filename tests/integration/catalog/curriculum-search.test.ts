// The catalogue search finds each topic of the "become a backend engineer" track (issue #17).
import { beforeAll, describe, expect, it } from "vitest";
import { listCatalogCourses } from "@/lib/catalog/queries";
import { splitHighlight } from "@/lib/catalog/search-query";
import { seedDatabase } from "@/prisma/seed";
import { useTestDatabase, type TestDatabase } from "../../helpers/test-db";

let t: TestDatabase;

beforeAll(async () => {
  t = await useTestDatabase();
  await seedDatabase(t.db);
}, 180_000);

const EXPECTED: [query: string, course: string][] = [
  ["kubernetes", "containers-cloud-delivery"],
  ["terraform", "containers-cloud-delivery"],
  ["mongodb", "nosql-choosing-a-store"],
  ["cassandra", "nosql-choosing-a-store"],
  ["prometheus", "observability-reliability"],
  ["opentelemetry", "observability-reliability"],
  ["caching", "caching-performance-scalability"],
  ["sharding", "caching-performance-scalability"],
  ["career", "backend-career"],
  ["interview", "backend-career"],
  ["framework", "building-services-with-frameworks"],
  ["middleware", "building-services-with-frameworks"],
  ["dns", "backend-foundations"],
  ["git", "backend-foundations"],
  ["kafka", "architecture-and-messaging"],
  ["grpc", "architecture-and-messaging"],
  ["websocket", "architecture-and-messaging"],
  ["tdd", "testing-backends"],
  ["flaky", "testing-backends"],
  ["oauth", "identity-oauth-oidc"],
  ["pkce", "identity-oauth-oidc"],
];

describe("catalogue search over the whole curriculum", () => {
  it("has the nine courses of the track", async () => {
    expect((await listCatalogCourses({})).length).toBeGreaterThanOrEqual(9);
  });

  it("ranks the course named for the search first and highlights the title's match (issue #28)", async () => {
    const results = await listCatalogCourses({ q: "postgres" });
    expect(results.map((result) => result.slug).slice(0, 2)).toEqual([
      "sql-data-modelling-postgresql",
      "nosql-choosing-a-store",
    ]);
    expect(splitHighlight(results[0]!.match!.titleHighlight)).toContainEqual({ text: "PostgreSQL", match: true });
  });

  for (const [query, course] of EXPECTED) {
    it(`finds ${course} for "${query}", among the first three results`, async () => {
      const slugs = (await listCatalogCourses({ q: query })).map((result) => result.slug);
      expect(slugs.slice(0, 3)).toContain(course);
    });
  }
});
