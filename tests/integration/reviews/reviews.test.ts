// Reviews end to end on a real database: who may write, one per learner (editable), instructor answers,
// admin hiding with its audit row, and the database's own limits.
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { replyToReviewAction, saveReviewAction, setReviewHiddenAction } from "@/lib/reviews/actions";
import { listReviewsForAdmin } from "@/lib/reviews/admin-queries";
import { getCourseReviews } from "@/lib/reviews/queries";
import { myReviewDefinition } from "@/lib/reviews/definitions";
import { PageCache, registerPageCache } from "@/lib/http/page-cache";
import { useTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import { createCourse } from "../learning/fixtures";

let t: TestDatabase;
let made: Awaited<ReturnType<typeof createCourse>>;

async function person(role: "LEARNER" | "INSTRUCTOR" | "ADMIN", name: string) {
  return t.db.user.create({
    data: {
      email: `${name.toLowerCase().replace(/\s/g, "-")}-${Math.random().toString(36).slice(2, 7)}@example.test`,
      name,
      role,
      emailVerified: new Date(),
    },
  });
}

async function complete(userId: string, count: number) {
  for (const lesson of made.lessons.slice(0, count)) {
    await t.db.lessonProgress.create({
      data: { userId, courseId: made.course.id, lessonId: lesson.id, completedAt: new Date() },
    });
  }
}

beforeAll(async () => {
  t = await useTestDatabase();
  made = await createCourse(t.db, { lessons: Array.from({ length: 6 }, () => ({ kind: "ARTICLE" as const })) });
}, 120_000);

describe("reviews", () => {
  it("open after a third of the course, once per learner, editable, and show a first name only", async () => {
    const learner = await person("LEARNER", "Rosa Marquez");
    const scope = scopeFor(claimsOf(learner));
    const input = { courseSlug: made.course.slug, rating: "4", body: "Clear and practical." };

    expect(await runAction(saveReviewAction.definition, input, scope)).toMatchObject({
      ok: false,
      error: "Enrol in the course and finish a third of it to review it.",
    });
    await t.db.enrollment.create({ data: { userId: learner.id, courseId: made.course.id } });
    await complete(learner.id, 1);
    expect(await runAction(saveReviewAction.definition, input, scope)).toMatchObject({
      ok: false,
      error: "Finish 1 more lesson to review this course.",
    });
    expect(await runAction(myReviewDefinition, { course: made.course.slug }, scope)).toMatchObject({
      ok: true,
      data: { canReview: false, lessonsToGo: 1, review: null },
    });

    await t.db.lessonProgress.create({
      data: { userId: learner.id, courseId: made.course.id, lessonId: made.lessons[1]!.id, completedAt: new Date() },
    });
    expect(await runAction(saveReviewAction.definition, input, scope)).toMatchObject({
      ok: true,
      data: { created: true },
    });
    expect(
      await runAction(
        saveReviewAction.definition,
        { ...input, rating: "5", body: "Even better the second time." },
        scope,
      ),
    ).toMatchObject({ ok: true, data: { created: false } });
    expect(await t.db.review.count({ where: { courseId: made.course.id, userId: learner.id } })).toBe(1);

    const { summary, reviews } = await getCourseReviews(made.course.id);
    expect(summary).toEqual({ average: 5, count: 1 });
    expect(reviews[0]).toMatchObject({ authorName: "Rosa", rating: 5, body: "Even better the second time." });
  });

  it("refuse bad ratings, empty or overlong text and control characters, with a sentence", async () => {
    const learner = await person("LEARNER", "Kai Test");
    const scope = scopeFor(claimsOf(learner));
    const base = { courseSlug: made.course.slug, rating: "3", body: "ok" };
    expect(await runAction(saveReviewAction.definition, { ...base, rating: "6" }, scope)).toMatchObject({
      ok: false,
      fieldErrors: { rating: ["Choose a rating from 1 to 5 stars."] },
    });
    expect(await runAction(saveReviewAction.definition, { ...base, body: "   " }, scope)).toMatchObject({
      ok: false,
      fieldErrors: { body: ["Write a few words in your review."] },
    });
    expect(await runAction(saveReviewAction.definition, { ...base, body: "x".repeat(2001) }, scope)).toMatchObject({
      ok: false,
      fieldErrors: { body: ["Keep your review under 2000 characters."] },
    });
    expect(await runAction(saveReviewAction.definition, { ...base, body: "a\u0000b" }, scope)).toMatchObject({
      ok: false,
    });
  });

  it("are also limited by the database itself", async () => {
    const learner = await person("LEARNER", "Db Guard");
    await expect(
      t.db.review.create({ data: { courseId: made.course.id, userId: learner.id, rating: 0, body: "x" } }),
    ).rejects.toThrow();
    await expect(
      t.db.review.create({ data: { courseId: made.course.id, userId: learner.id, rating: 3, body: "" } }),
    ).rejects.toThrow();
    await expect(
      t.db.review.create({ data: { courseId: made.course.id, userId: learner.id, rating: 3, body: "x".repeat(2001) } }),
    ).rejects.toThrow();
  });

  it("drop the course page's shared copies on each write, and only that page's", async () => {
    const cache = new PageCache();
    registerPageCache(cache);
    const page = (path: string) => ({
      status: 200,
      rawHeaders: [],
      body: Buffer.from(path),
      storedAt: 0,
      freshUntil: Infinity,
    });
    const paths = [`/courses/${made.course.slug}`, `/courses/${made.course.slug}/lessons/x`, "/courses"];
    const keys = paths.flatMap((path) => ["br", ""].map((encoding) => `${path}\n${encoding}`));
    const store = () => keys.forEach((key) => cache.set(key, page(key)));
    const kept = () => [...new Set(keys.filter((key) => cache.get(key, 0)).map((key) => key.split("\n")[0]))].sort();
    const review = await t.db.review.findFirstOrThrow({ where: { courseId: made.course.id } });
    const learner = await t.db.user.findUniqueOrThrow({ where: { id: review.userId } });
    try {
      store();
      const edit = { courseSlug: made.course.slug, rating: "5", body: "Even better the second time." };
      expect(await runAction(saveReviewAction.definition, edit, scopeFor(claimsOf(learner)))).toMatchObject({
        ok: true,
      });
      expect(kept()).toEqual(["/courses", `/courses/${made.course.slug}/lessons/x`]);
      store();
      const reply = { reviewId: review.id, reply: "Thanks for the kind words." };
      expect(await runAction(replyToReviewAction.definition, reply, scopeFor(claimsOf(made.instructor)))).toMatchObject(
        {
          ok: true,
        },
      );
      expect(kept()).toEqual(["/courses", `/courses/${made.course.slug}/lessons/x`]);
    } finally {
      registerPageCache(new PageCache());
    }
  });

  it("can be answered by the course's instructor only, and hidden by an admin with an audit row", async () => {
    const review = await t.db.review.findFirstOrThrow({ where: { courseId: made.course.id } });
    const otherInstructor = await person("INSTRUCTOR", "Other Teacher");
    expect(
      await runAction(
        replyToReviewAction.definition,
        { reviewId: review.id, reply: "Thanks!" },
        scopeFor(claimsOf(otherInstructor)),
      ),
    ).toMatchObject({ ok: false, error: "Only the course's instructor can answer this review." });
    expect(
      await runAction(
        replyToReviewAction.definition,
        { reviewId: review.id, reply: "Thank you, Rosa." },
        scopeFor(claimsOf(made.instructor)),
      ),
    ).toMatchObject({ ok: true });
    expect((await getCourseReviews(made.course.id)).reviews[0]).toMatchObject({ reply: "Thank you, Rosa." });
    expect(
      await runAction(myReviewDefinition, { course: made.course.slug }, scopeFor(claimsOf(made.instructor))),
    ).toMatchObject({ ok: true, data: { canReply: true, canModerate: false } });

    const admin = await person("ADMIN", "Ada Admin");
    expect(
      await runAction(
        setReviewHiddenAction.definition,
        { reviewId: review.id, hidden: "true", reason: "Names another learner." },
        scopeFor(claimsOf(admin), "203.0.113.9"),
      ),
    ).toEqual({ ok: true, data: { hidden: true } });
    expect(await getCourseReviews(made.course.id)).toEqual({ summary: null, reviews: [] });
    expect(await t.db.auditLog.findFirst({ where: { action: "review.hidden", targetId: review.id } })).toMatchObject({
      actorId: admin.id,
      ip: "203.0.113.9",
      targetType: "Review",
      meta: { course: made.course.title, rating: 5, author: "Rosa Marquez", reason: "Names another learner." },
    });
    // The admin reviews page still lists it, with the reason, so it can be shown again.
    const search = { course: made.course.slug, visibility: "hidden", q: "", page: 1 } as const;
    expect((await listReviewsForAdmin(search)).reviews).toEqual([
      expect.objectContaining({ id: review.id, hidden: true, hideReason: "Names another learner." }),
    ]);
    expect((await listReviewsForAdmin({ ...search, visibility: "visible" })).reviews).toEqual([]);
    expect((await listReviewsForAdmin({ ...search, q: "no such words" })).reviews).toEqual([]);
    expect((await listReviewsForAdmin({ ...search, q: "rosa", rating: 5 })).total).toBe(1);
    expect(
      await runAction(
        setReviewHiddenAction.definition,
        { reviewId: review.id, hidden: "false" },
        scopeFor(claimsOf(admin)),
      ),
    ).toEqual({ ok: true, data: { hidden: false } });
    expect((await getCourseReviews(made.course.id)).summary).toEqual({ average: 5, count: 1 });
  });
});
