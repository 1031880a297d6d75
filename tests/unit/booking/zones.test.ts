import { describe, expect, it } from "vitest";
import { findZone, searchZones, zoneSummary } from "@/lib/booking/zones";

describe("findZone", () => {
  it("knows today's names and the old ones a browser may still offer, in any case", () => {
    expect(findZone("Asia/Kolkata")?.name).toBe("Asia/Kolkata");
    expect(findZone("Asia/Calcutta")?.name).toBe("Asia/Kolkata");
    expect(findZone("europe/kyiv")?.name).toBe("Europe/Kyiv");
    expect(findZone("Europe/Kiev")?.name).toBe("Europe/Kyiv");
    expect(findZone("UTC")?.name).toBe("UTC");
    expect(findZone("Mars/Olympus_Mons")).toBeNull();
  });

  it("names only zones this runtime can format", () => {
    for (const name of ["Asia/Kolkata", "Europe/Kyiv", "UTC", "America/Los_Angeles"]) {
      expect(() => new Intl.DateTimeFormat("en-GB", { timeZone: findZone(name)!.name })).not.toThrow();
    }
  });
});

describe("searchZones", () => {
  it("finds a zone by city, with the city's own zone first", () => {
    expect(searchZones("berlin")[0]?.name).toBe("Europe/Berlin");
    expect(searchZones("Mumbai")[0]?.name).toBe("Asia/Kolkata");
    expect(searchZones("los ang")[0]?.name).toBe("America/Los_Angeles");
    expect(searchZones("sao paulo")[0]?.name).toBe("America/Sao_Paulo");
  });

  it("finds zones by abbreviation and by an old name", () => {
    const cet = searchZones("CET", 50).map((zone) => zone.name);
    expect(cet).toContain("Europe/Berlin");
    expect(cet).toContain("Europe/Paris");
    expect(searchZones("Asia/Calcutta")[0]?.name).toBe("Asia/Kolkata");
  });

  it("answers nothing for an empty query and at most the limit", () => {
    expect(searchZones("   ")).toEqual([]);
    expect(searchZones("a", 5)).toHaveLength(5);
  });

  it("describes a zone by its name and main cities", () => {
    expect(zoneSummary(findZone("Europe/Berlin")!)).toMatch(/^Central European Time · Berlin/);
  });
});
