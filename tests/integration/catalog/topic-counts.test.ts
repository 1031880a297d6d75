// Issue #14 defect 5: a topic with no published course is never offered (home tiles, catalogue filter).
import { beforeAll, describe, expect, it } from "vitest";
import { listTopicCounts } from "@/lib/catalog/queries";
import { useTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { createCourse } from "../learning/fixtures";

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

describe("listTopicCounts", () => {
  it("counts published courses per topic and leaves out topics that have none, drafts included", async () => {
    const published = await createCourse(t.db, { lessons: [{ kind: "ARTICLE" }] });
    const draft = await createCourse(t.db, { lessons: [{ kind: "ARTICLE" }] });
    await t.db.course.update({ where: { id: draft.course.id }, data: { topic: "CLOUD", status: "DRAFT" } });
    expect(published.course.topic).toBe("DATABASES");
    expect(await listTopicCounts()).toEqual([{ topic: "DATABASES", courses: 1 }]);
  });
});
