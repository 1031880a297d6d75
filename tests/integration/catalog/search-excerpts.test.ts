// Search excerpts come from the text a reader sees, and only from lessons anyone may read (issue #9 item 3,
// issue #14 defect 8). Real PGlite, the seeded curriculum.
import { beforeAll, describe, expect, it } from "vitest";
import { listCatalogCourses, listSitemapEntries } from "@/lib/catalog/queries";
import { getThread, listThreads, similarQuestions } from "@/lib/discussions/queries";
import { similarTsQuery } from "@/lib/discussions/rules";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "@/lib/catalog/search-query";
import { seedDatabase } from "@/prisma/seed";
import { useTestDatabase, type TestDatabase } from "../../helpers/test-db";

let t: TestDatabase;

beforeAll(async () => {
  t = await useTestDatabase();
  await seedDatabase(t.db);
}, 180_000);

const words = (text: string) =>
  text
    .replaceAll(HIGHLIGHT_START, "")
    .replaceAll(HIGHLIGHT_END, "")
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];

function runsOf(text: string, length = 8): Set<string> {
  const list = words(text);
  const runs = new Set<string>();
  for (let i = 0; i + length <= list.length; i++) runs.add(list.slice(i, i + length).join(" "));
  return runs;
}

/** A few of a lesson's rarer words: what someone hunting for its text would type. */
function probesFor(body: string): string[] {
  const counts = new Map<string, number>();
  for (const word of words(body))
    if (word.length >= 6 && !/^\d+$/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const rare = [...counts.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([word]) => word);
  const list = words(body);
  const phrase = list.slice(Math.floor(list.length / 2), Math.floor(list.length / 2) + 3).join(" ");
  return [...rare.slice(0, 4), phrase].filter(Boolean);
}

describe("search excerpts", () => {
  it("never quote 8 words in a row of a paid course's lessons that are not free previews", async () => {
    const lessons = await t.db.lesson.findMany({
      where: { freePreview: false, course: { priceCents: { gt: 0 }, status: "PUBLISHED" } },
      select: { title: true, body: true },
    });
    expect(lessons.length).toBeGreaterThan(5);
    // Words anyone may read anyway (free previews, free courses) are no leak when a paid lesson repeats them.
    const readable = await t.db.lesson.findMany({
      where: { course: { status: "PUBLISHED" }, OR: [{ freePreview: true }, { course: { priceCents: 0 } }] },
      select: { body: true },
    });
    const readableRuns = new Set(readable.flatMap((lesson) => [...runsOf(lesson.body)]));
    let searches = 0;
    for (const lesson of lessons) {
      const secret = runsOf(lesson.body);
      for (const q of probesFor(lesson.body)) {
        searches++;
        for (const result of await listCatalogCourses({ q })) {
          const shown = [
            result.title,
            result.summary,
            result.match?.summaryHighlight,
            result.match?.lessonTitle,
            result.match?.lessonHighlight,
          ]
            .filter(Boolean)
            .join(" \n ");
          const leaked = [...runsOf(shown)].filter((run) => secret.has(run) && !readableRuns.has(run));
          expect(leaked, `search "${q}" quotes "${lesson.title}"`).toEqual([]);
          if (result.match?.lessonTitle === lesson.title) expect(result.match.lessonHighlight).toBeNull();
        }
      }
    }
    expect(searches).toBeGreaterThan(20);
  }, 120_000);

  it("quote free-preview lessons as plain text, without Markdown syntax", async () => {
    const preview = await t.db.lesson.findFirstOrThrow({
      where: { freePreview: true, slug: "how-http-works" },
      select: { title: true, body: true },
    });
    expect(preview.body).toMatch(/```|`|\*\*|\]\(/);
    // Every lesson word a search hits in this preview: none of its excerpts may carry Markdown.
    const excerpts: string[] = [];
    for (const q of probesFor(preview.body)) {
      for (const result of await listCatalogCourses({ q }))
        if (result.match?.lessonHighlight) excerpts.push(result.match.lessonHighlight);
    }
    expect(excerpts.length).toBeGreaterThan(0);
    for (const excerpt of excerpts) {
      expect(excerpt).toContain(HIGHLIGHT_START);
      expect(excerpt).not.toMatch(/```|`|\*\*|\]\(|^#|\n#/);
    }
  }, 60_000);

  it("turn Markdown into the words a reader sees (academy_markdown_plain)", async () => {
    const markdown =
      "## Anti-join\n\nUse `NOT EXISTS`. It reads [well](https://example.com).\n\n```sql\nSELECT id FROM a\n```\n\n| a | b |\n|---|---|\n- item **bold**\n> quoted";
    const [row] = await t.db.$queryRawUnsafe<{ plain: string }[]>(
      `SELECT academy_markdown_plain($1) AS plain`,
      markdown,
    );
    expect(row!.plain.replace(/\s+/g, " ").trim()).toBe(
      "Anti-join Use NOT EXISTS. It reads well. SELECT id FROM a a b item bold quoted",
    );
  });

  it("never show a paid course's lesson questions to visitors: not in search, the sitemap, threads or suggestions", async () => {
    const lesson = await t.db.lesson.findFirstOrThrow({
      where: { freePreview: false, course: { priceCents: { gt: 0 }, status: "PUBLISHED" } },
      select: { id: true, courseId: true },
    });
    const preview = await t.db.lesson.findFirstOrThrow({
      where: { courseId: lesson.courseId, freePreview: true },
      select: { id: true },
    });
    const author = await t.db.user.create({ data: { email: "asker-leak@example.test", name: "Asker" } });
    const secret = "zanzibarquokka";
    const question = await t.db.qaPost.create({
      data: {
        courseId: lesson.courseId,
        lessonId: lesson.id,
        authorId: author.id,
        title: `Why does ${secret} deadlock?`,
        body: `The ${secret} paid answer text.`,
      },
    });
    const catalog = JSON.stringify(await listCatalogCourses({ q: secret }));
    expect(catalog).not.toContain(secret);
    expect(JSON.stringify(await listSitemapEntries())).not.toContain(question.id);
    expect(await listThreads(null, lesson.id, "newest")).toBeNull();
    expect(await getThread(null, question.id)).toBeNull();
    // A visitor reading the same course's free preview is shown nothing from the paid lessons' threads.
    expect(await similarQuestions(null, preview.id, similarTsQuery(secret))).toEqual([]);
  });
});
