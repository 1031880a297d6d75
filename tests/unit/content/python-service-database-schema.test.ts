// The course format accepts a Python service project with a database (its schema.sql beside the .py files), as it
// does a JavaScript one; the database must be one of the project's .sql files, and no other file may leave Python.
import { describe, expect, it } from "vitest";
import { serviceDatabase, serviceExerciseSchema } from "@/lib/content/service-schema";

const project = {
  task: "service",
  language: "python",
  entry: "routes.py",
  database: "schema.sql",
  files: [
    { path: "routes.py", starter: "async def handle(request, db):\n    return {'status': 404}\n" },
    { path: "schema.sql", editable: false, starter: "CREATE TABLE notes (id serial PRIMARY KEY);" },
  ],
  tests: [{ name: "answers", request: { method: "GET", path: "/" }, expect: { status: 404 } }],
};

const messages = (value: unknown) => {
  const parsed = serviceExerciseSchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
};

describe("a Python service project with a database", () => {
  it("parses, and its database is the schema file's text", () => {
    const parsed = serviceExerciseSchema.parse(project);
    expect(serviceDatabase(parsed, { "schema.sql": "CREATE TABLE t ();" })).toEqual({
      path: "schema.sql",
      schema: "CREATE TABLE t ();",
    });
  });

  it("refuses a database that is not one of its .sql files, and a second .sql file that is not the database", () => {
    // schema.sql, no longer the database, is then a file that is not Python as well.
    expect(messages({ ...project, database: "other.sql" })).toEqual([
      "a Python project's files end in .py",
      "name one of the project's .sql files",
    ]);
    expect(messages({ ...project, database: "routes.py" })).toContain("name one of the project's .sql files");
    expect(
      messages({
        ...project,
        files: [...project.files, { path: "seed.sql", starter: "INSERT INTO notes DEFAULT VALUES;" }],
      }),
    ).toEqual(["a Python project's files end in .py"]);
  });
});
