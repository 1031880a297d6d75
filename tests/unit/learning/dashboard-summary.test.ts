import { describe, expect, it } from "vitest";
import { formatAgo, summarizeDashboard } from "@/lib/learning/dashboard-summary";

const at = (minute: number) => new Date(Date.UTC(2026, 3, 15, 10, minute));
const lesson = (id: string) => ({ id, slug: id, title: `Lesson ${id}` });
const course = (id: string, lessonIds: string[]) => ({
  id,
  slug: id,
  title: `Course ${id}`,
  modules: [{ lessons: lessonIds.map(lesson) }],
});
const viewed = (courseId: string, lessonId: string, lastViewedAt: Date, completedAt: Date | null = null) => ({
  courseId,
  lessonId,
  completedAt,
  lastViewedAt,
  lesson: { slug: lessonId, title: `Lesson ${lessonId}`, course: { slug: courseId, title: `Course ${courseId}` } },
});

describe("summarizeDashboard", () => {
  const enrollments = [
    { status: "ACTIVE" as const, lastLessonId: "a1", createdAt: at(0), course: course("a", ["a1", "a2"]) },
    { status: "COMPLETED" as const, lastLessonId: null, createdAt: at(1), course: course("b", ["b1"]) },
    { status: "ACTIVE" as const, lastLessonId: null, createdAt: at(2), course: course("c", ["c1", "c2"]) },
  ];
  const progress = [viewed("a", "a1", at(30), at(29)), viewed("b", "b1", at(10), at(10)), viewed("c", "c1", at(20))];
  const summary = summarizeDashboard({
    enrollments,
    progress,
    certificates: [{ id: "cert-b", courseId: "b" }],
    completedIds: new Set(["a1", "b1"]),
  });

  it("splits courses into in progress (most recent first) and completed, with the next lesson", () => {
    expect(summary.inProgress.map((c) => [c.slug, c.percent, c.next?.slug])).toEqual([
      ["a", 50, "a2"],
      ["c", 0, "c1"],
    ]);
    expect(summary.completed).toMatchObject([{ slug: "b", percent: 100, next: null, certificateId: "cert-b" }]);
    expect(summary.lessonsCompleted).toBe(2);
  });

  it("lists recent activity newest first, reading a quick revisit of a finished lesson as completed", () => {
    expect(summary.activity.map((a) => [a.kind, a.lessonTitle])).toEqual([
      ["completed", "Lesson a1"],
      ["opened", "Lesson c1"],
      ["completed", "Lesson b1"],
    ]);
    const later = summarizeDashboard({
      enrollments,
      progress: [viewed("a", "a1", at(59), at(0))],
      certificates: [],
      completedIds: new Set(["a1"]),
    });
    expect(later.activity[0]?.kind).toBe("opened");
  });
});

describe("formatAgo", () => {
  it("speaks in minutes, hours, then days", () => {
    const now = at(30);
    expect(formatAgo(at(25), now)).toBe("5 minutes ago");
    expect(formatAgo(new Date(now.getTime() - 3 * 3_600_000), now)).toBe("3 hours ago");
    expect(formatAgo(new Date(now.getTime() - 26 * 3_600_000), now)).toBe("yesterday");
  });
});
