import { beforeAll, describe, expect, it } from "vitest";
import { listCatalogCourses } from "@/lib/catalog/queries";
import { HIGHLIGHT_START } from "@/lib/catalog/search-query";
import { seedDatabase } from "@/prisma/seed";
import { useTestDatabase, type TestDatabase } from "../../helpers/test-db";

let t: TestDatabase;

beforeAll(async () => {
  t = await useTestDatabase();
  await seedDatabase(t.db);
}, 180_000);

const slugs = (results: { slug: string }[]) => results.map((r) => r.slug);

describe("catalogue search", () => {
  it("finds a course by words in its lessons, ranks it first and highlights the match", async () => {
    const results = await listCatalogCourses({ q: "keyset" });
    expect(results[0]?.slug).toBe("http-apis-rest-graphql");
    expect(results[0]?.match?.lessonTitle).toMatch(/keyset/i);
    expect(results[0]?.match?.lessonTitleHighlight).toContain(HIGHLIGHT_START);
    // That lesson is not a free preview: it matches by title, and none of its text is quoted (issue #9).
    expect(results[0]?.match?.lessonHighlight).toBeNull();
  });

  it("matches word prefixes and stems (full-text)", async () => {
    expect(slugs(await listCatalogCourses({ q: "paginat" }))).toContain("http-apis-rest-graphql");
    expect(slugs(await listCatalogCourses({ q: "injections" }))).toContain("backend-security-essentials");
  });

  it("tolerates a typo in a title word (pg_trgm)", async () => {
    expect(slugs(await listCatalogCourses({ q: "postgras" }))).toContain("sql-data-modelling-postgresql");
  });

  it("applies the filters together with the search", async () => {
    const free = await listCatalogCourses({ q: "index", price: "free" });
    expect(free.every((c) => c.priceCents === 0)).toBe(true);
    const paidDatabases = await listCatalogCourses({ q: "index", price: "paid", topic: "DATABASES" });
    expect(paidDatabases.every((c) => c.priceCents > 0 && c.topic === "DATABASES")).toBe(true);
    expect(await listCatalogCourses({ q: "keyset", format: "COHORT" })).toEqual([]);
  });

  it("returns nothing for nonsense, and everything published without a query", async () => {
    expect(await listCatalogCourses({ q: "zzqxv" })).toEqual([]);
    expect(await listCatalogCourses({ q: "!!!" })).toHaveLength(
      await t.db.course.count({ where: { status: "PUBLISHED" } }),
    );
  });

  it("sorts by popularity and by newest", async () => {
    const [course] = await t.db.course.findMany({ where: { slug: "backend-security-essentials" } });
    const learners = await t.db.user.findMany({ take: 3 });
    for (const learner of learners)
      await t.db.enrollment.create({ data: { userId: learner.id, courseId: course!.id } });
    expect((await listCatalogCourses({ sort: "popular" }))[0]?.slug).toBe("backend-security-essentials");
    await t.db.course.update({
      where: { slug: "sql-data-modelling-postgresql" },
      data: { publishedAt: new Date(Date.now() + 1000) },
    });
    expect((await listCatalogCourses({ sort: "newest" }))[0]?.slug).toBe("sql-data-modelling-postgresql");
  });
});
