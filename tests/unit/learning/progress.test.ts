import { describe, expect, it } from "vitest";
import { completionMethodFor, courseProgress, lockedLessonIds, resumeLesson } from "@/lib/learning/progress";

const lessons = ["a", "b", "c", "d"].map((id) => ({ id, slug: `lesson-${id}` }));
const done = (...ids: string[]) => new Set(ids);

describe("courseProgress", () => {
  it("counts only lessons of this course and floors the percentage", () => {
    expect(courseProgress(lessons, done("a", "zz"))).toEqual({ completed: 1, total: 4, percent: 25 });
    expect(courseProgress(lessons.slice(0, 3), done("a", "b"))).toEqual({ completed: 2, total: 3, percent: 66 });
  });

  it("reaches 100 only when every lesson is complete, and is 0 for an empty course", () => {
    expect(courseProgress(lessons, done("a", "b", "c")).percent).toBe(75);
    expect(courseProgress(lessons, done("a", "b", "c", "d")).percent).toBe(100);
    expect(courseProgress([], done())).toEqual({ completed: 0, total: 0, percent: 0 });
  });
});

describe("resumeLesson", () => {
  it("goes to the first unfinished lesson in course order, not past an earlier gap", () => {
    // Lesson b undone while d was opened last: Continue leads to b.
    expect(resumeLesson(lessons, done("a", "c"))?.id).toBe("b");
    expect(resumeLesson(lessons, done("b", "c", "d"))?.id).toBe("a");
    expect(resumeLesson(lessons, done("a", "b", "c"))?.id).toBe("d");
  });

  it("starts at the beginning and ends with null when everything is done", () => {
    expect(resumeLesson(lessons, done())?.id).toBe("a");
    expect(resumeLesson(lessons, done("a", "b", "c", "d"))).toBeNull();
  });
});

describe("lockedLessonIds", () => {
  it("locks nothing without sequential gating", () => {
    expect(lockedLessonIds(lessons, done(), false).size).toBe(0);
  });

  it("opens lessons up to and including the first unfinished one", () => {
    expect([...lockedLessonIds(lessons, done(), true)]).toEqual(["b", "c", "d"]);
    expect([...lockedLessonIds(lessons, done("a"), true)]).toEqual(["c", "d"]);
    expect(lockedLessonIds(lessons, done("a", "b", "c", "d"), true).size).toBe(0);
  });

  it("keeps completed lessons open even past a gap", () => {
    expect([...lockedLessonIds(lessons, done("a", "c"), true)]).toEqual(["d"]);
  });
});

describe("completionMethodFor", () => {
  it("reads articles and videos, passes quizzes, solves exercises", () => {
    expect(completionMethodFor("ARTICLE")).toBe("read");
    expect(completionMethodFor("VIDEO")).toBe("read");
    expect(completionMethodFor("QUIZ")).toBe("quiz");
    expect(completionMethodFor("SQL_EXERCISE")).toBe("exercise");
    expect(completionMethodFor("CODE_EXERCISE")).toBe("exercise");
  });
});
