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

describe("splitStatements: dollar quotes, strings and comments (the tokenizer)", () => {
  it("keeps a body whose tag has digits whole ($body1$)", () => {
    const sql = "CREATE FUNCTION f() RETURNS int AS $body1$ BEGIN RETURN 1; END; $body1$ LANGUAGE plpgsql;\nSELECT 2;";
    expect(splitStatements(sql)).toEqual([
      "CREATE FUNCTION f() RETURNS int AS $body1$ BEGIN RETURN 1; END; $body1$ LANGUAGE plpgsql",
      "SELECT 2",
    ]);
  });

  it("keeps $$ nested inside a tagged body, and a tagged body nested inside $$", () => {
    const outer = "DO $fn$ BEGIN EXECUTE $$ SELECT 1; $$; PERFORM 2; END $fn$;";
    const inner = "DO $$ BEGIN EXECUTE $q1$ SELECT ';'; $q1$; END $$;";
    expect(splitStatements(`${outer}\n${inner}\nSELECT 3;`)).toEqual([
      outer.slice(0, -1),
      inner.slice(0, -1),
      "SELECT 3",
    ]);
  });

  it("does not take a positional parameter or a dollar inside a name for a dollar quote", () => {
    expect(splitStatements("PREPARE p AS SELECT $1; SELECT a$b$ FROM t; SELECT 4;")).toEqual([
      "PREPARE p AS SELECT $1",
      "SELECT a$b$ FROM t",
      "SELECT 4",
    ]);
  });

  it("keeps semicolons in E-strings with escaped quotes, doubled quotes and nested block comments", () => {
    const sql = "SELECT E'it\\'s; here'; SELECT 'a'';b'; /* outer /* inner; */ still; */ SELECT 5;";
    expect(splitStatements(sql)).toEqual([
      "SELECT E'it\\'s; here'",
      "SELECT 'a'';b'",
      "/* outer /* inner; */ still; */ SELECT 5",
    ]);
  });
});
