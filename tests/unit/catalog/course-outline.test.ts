import { describe, expect, it } from "vitest";
import { canReadLesson, neighbours, seatsLeft, totalMinutes } from "@/lib/catalog/course-outline";
import { formatDuration, formatPrice } from "@/lib/catalog/labels";

const lesson = (slug: string, minutes = 10, freePreview = false) => ({ slug, title: slug, minutes, freePreview });
const modules = [{ lessons: [lesson("a", 5), lesson("b", 7)] }, { lessons: [] }, { lessons: [lesson("c", 12)] }];

describe("course outline", () => {
  it("finds neighbours across module boundaries, skipping empty modules", () => {
    expect(neighbours(modules, "b")).toMatchObject({ previous: { slug: "a" }, next: { slug: "c" } });
    expect(neighbours(modules, "a").previous).toBeNull();
    expect(neighbours(modules, "c").next).toBeNull();
    expect(neighbours(modules, "missing")).toEqual({ previous: null, next: null });
  });

  it("adds up minutes", () => {
    expect(totalMinutes(modules)).toBe(24);
    expect(totalMinutes([])).toBe(0);
  });

  it("opens previews to everyone and the rest to enrolled learners, minus sequentially locked lessons", () => {
    expect(canReadLesson({ id: "a", freePreview: true }, false)).toBe(true);
    expect(canReadLesson({ id: "a", freePreview: false }, false)).toBe(false);
    expect(canReadLesson({ id: "a", freePreview: false }, true)).toBe(true);
    expect(canReadLesson({ id: "a", freePreview: false }, true, new Set(["a"]))).toBe(false);
    expect(canReadLesson({ id: "a", freePreview: true }, true, new Set(["a"]))).toBe(true);
  });

  it("never reports negative seats", () => {
    expect(seatsLeft({ seats: 2, _count: { enrollments: 5 } })).toBe(0);
    expect(seatsLeft({ seats: 24, _count: { enrollments: 3 } })).toBe(21);
  });
});

describe("labels", () => {
  it("formats prices and durations", () => {
    expect(formatPrice(0, "usd")).toBe("Free");
    expect(formatPrice(7900, "usd")).toBe("$79");
    expect(formatPrice(2499, "usd")).toBe("$24.99");
    expect(formatDuration(45)).toBe("45 min");
    expect(formatDuration(120)).toBe("2 h");
    expect(formatDuration(135)).toBe("2 h 15 min");
  });
});
