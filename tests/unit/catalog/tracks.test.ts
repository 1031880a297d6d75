import { describe, expect, it } from "vitest";
import { TRACKS, coursesOutsideTracks, pathTotals, resolveTracks } from "@/lib/catalog/tracks";

const course = (slug: string) => ({ slug });

describe("resolveTracks", () => {
  it("skips courses that are not published yet and numbers the rest in one sequence", () => {
    const tracks = resolveTracks(TRACKS, [
      course("backend-security-essentials"),
      course("http-apis-rest-graphql"),
      course("sql-data-modelling-postgresql"),
    ]);
    expect(tracks.map((t) => t.slug)).toEqual(["foundations", "production"]);
    expect(tracks.flatMap((t) => t.steps.map((s) => [s.step, s.course.slug]))).toEqual([
      [1, "http-apis-rest-graphql"],
      [2, "sql-data-modelling-postgresql"],
      [3, "backend-security-essentials"],
    ]);
  });

  it("leaves out empty tracks, lists a course once, and copes with nothing published", () => {
    const tracks = [
      { slug: "a", title: "A", why: "", courses: ["x", "y"] },
      { slug: "b", title: "B", why: "", courses: ["x", "missing"] },
    ];
    expect(resolveTracks(tracks, [course("x"), course("y")]).map((t) => [t.slug, t.steps.length])).toEqual([["a", 2]]);
    expect(resolveTracks(TRACKS, [])).toEqual([]);
  });

  it("names every planned course (ten or more), and finds published courses no track names", () => {
    expect(new Set(TRACKS.flatMap((t) => t.courses)).size).toBeGreaterThanOrEqual(10);
    expect(coursesOutsideTracks(TRACKS, [course("http-apis-rest-graphql"), course("brand-new")])).toEqual([
      course("brand-new"),
    ]);
  });
});

describe("pathTotals", () => {
  it("counts every step of every track and adds up their minutes", () => {
    const step = (n: number, totalMinutes: number) => ({ step: n, course: { totalMinutes } });
    expect(pathTotals([{ steps: [step(1, 90), step(2, 45)] }, { steps: [step(3, 600)] }])).toEqual({
      courses: 3,
      minutes: 735,
    });
    expect(pathTotals([])).toEqual({ courses: 0, minutes: 0 });
  });

  it("places the testing and identity courses on the path", () => {
    const all = TRACKS.flatMap((t) => t.courses);
    expect(all.indexOf("testing-backends")).toBeGreaterThan(all.indexOf("building-services-with-frameworks"));
    expect(all.indexOf("identity-oauth-oidc")).toBe(all.indexOf("backend-security-essentials") + 1);
  });
});
