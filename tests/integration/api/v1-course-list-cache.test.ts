// The course list's answer is encoded once and kept in the memo with the rows (lib/api/v1/encoded-answer.ts): a
// repeat and a conditional request reuse it, a course change drops it, and none of that skips the key check: a key
// revoked after the answer was kept is refused on its next request.
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { revokeApiKeyAction } from "@/lib/api-keys/actions";
import { invalidateCourse } from "@/lib/cache/invalidate";
import { memoKeys } from "@/lib/cache/keys";
import { dropMemoized, isMemoized } from "@/lib/cache/memo";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { apiWorld, call, makeKey, scopeAs, servedContract } from "./v1-harness";

let t: TestDatabase;
let world: Awaited<ReturnType<typeof apiWorld>>;
let contract: Awaited<ReturnType<typeof servedContract>>;

beforeAll(async () => {
  t = await useTestDatabase();
  world = await apiWorld(t.db);
  contract = await servedContract();
});

type CourseList = { items: { slug: string; title: string }[]; next: string | null };

describe("GET /api/v1/courses, kept encoded", () => {
  it("keeps the encoded page, answers a repeat and a matching If-None-Match from it, and drops it with the course", async () => {
    dropMemoized();
    const key = (await makeKey(world.users.ada, ["courses:read"])).secret;
    const first = await call("GET", "courses", { key });
    expect(first.status).toBe(200);
    contract.expectConforms(first);
    expect(isMemoized(memoKeys.apiCoursesAnswer(undefined, 25))).toBe(true);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);

    const again = await call("GET", "courses", { key });
    expect(again).toMatchObject({ status: 200, body: first.body });
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("ratelimit")).toMatch(/^"per-key";r=\d+$/);
    expect(again.headers.get("cache-control")).toBe("private, no-cache");

    const notModified = await call("GET", "courses", { key, headers: { "if-none-match": `W/${etag}` } });
    expect(notModified).toMatchObject({ status: 304, body: null });
    contract.expectConforms(notModified);
    expect(notModified.headers.get("etag")).toBe(etag);
    expect(notModified.headers.get("content-type")).toBeNull();

    await t.db.course.update({ where: { id: world.course.id }, data: { title: "APIs, kept no more" } });
    invalidateCourse([world.course.slug]);
    expect(isMemoized(memoKeys.apiCoursesAnswer(undefined, 25))).toBe(false);
    const changed = await call("GET", "courses", { key, headers: { "if-none-match": etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect((changed.body as CourseList).items.map((course) => course.title)).toContain("APIs, kept no more");
  });

  it("keeps a page asked with other parameters apart: its next link repeats them", async () => {
    dropMemoized();
    const key = (await makeKey(world.users.ada, ["courses:read"])).secret;
    const plain = await call("GET", "courses?limit=1", { key });
    const tagged = await call("GET", "courses?limit=1&utm=crm", { key });
    expect([plain.status, tagged.status]).toEqual([200, 200]);
    const [plainNext, taggedNext] = [plain.body as CourseList, tagged.body as CourseList].map((body) => body.next);
    if (plainNext !== null) {
      expect(plainNext).not.toContain("utm=crm");
      expect(taggedNext).toContain("utm=crm");
    }
    expect(isMemoized(memoKeys.apiCoursesAnswer(undefined, 1))).toBe(true);
  });

  it("refuses a key revoked after the page was kept, even with the page's ETag", async () => {
    const key = await makeKey(world.users.ada, ["courses:read"]);
    const first = await call("GET", "courses", { key: key.secret });
    expect(first.status).toBe(200);
    const revoked = await runAction(revokeApiKeyAction.definition, { keyId: key.id }, scopeAs(world.users.ada));
    expect(revoked.ok).toBe(true);
    const conditional: Record<string, string>[] = [{}, { "if-none-match": first.headers.get("etag")! }];
    for (const headers of conditional) {
      const refused = await call("GET", "courses", { key: key.secret, headers });
      expect(refused).toMatchObject({ status: 401, body: { detail: expect.stringContaining("revoked") } });
      contract.expectConforms(refused);
    }
  });
});
