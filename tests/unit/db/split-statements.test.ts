import { describe, expect, it } from "vitest";
import { splitStatements } from "@/lib/db/migrations/split-statements";

describe("splitStatements", () => {
  it("splits at top-level semicolons and drops empty pieces", () => {
    expect(splitStatements("CREATE TABLE a (id int);\n\nCREATE TABLE b (id int);\n")).toEqual([
      "CREATE TABLE a (id int)",
      "CREATE TABLE b (id int)",
    ]);
  });

  it("keeps semicolons inside quotes, identifiers and comments", () => {
    const sql = `INSERT INTO t VALUES ('a;b', 'it''s; fine');\nSELECT "odd;name" FROM t; -- trailing; comment\n/* block; comment */ SELECT 1;`;
    expect(splitStatements(sql)).toEqual([
      "INSERT INTO t VALUES ('a;b', 'it''s; fine')",
      `SELECT "odd;name" FROM t`,
      "-- trailing; comment\n/* block; comment */ SELECT 1",
    ]);
  });

  it("keeps dollar-quoted function bodies whole", () => {
    const sql = "CREATE FUNCTION f() RETURNS int AS $body$ BEGIN RETURN 1; END; $body$ LANGUAGE plpgsql;\nSELECT f();";
    const parts = splitStatements(sql);
    expect(parts).toHaveLength(2);
    expect(parts[0]).toContain("RETURN 1; END;");
  });

  it("returns nothing for a script of comments only", () => {
    expect(splitStatements("-- nothing here\n/* still nothing */\n")).toEqual([]);
  });
});
