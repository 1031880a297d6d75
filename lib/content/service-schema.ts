import { z } from "zod";

// "Small service" exercises (`task: service`, issue 29): the learner writes the handlers of a little HTTP service
// spread over several files; a suite of HTTP-like requests is sent to it in order and each response is judged
// (lib/learning/service). See README "Writing content" for the format.

const headersSchema = z.record(z.string(), z.string());
export const serviceRequestSchema = z.object({
  method: z.enum(["GET", "POST", "PUT", "PATCH", "DELETE"], "use GET, POST, PUT, PATCH or DELETE"),
  path: z.string().startsWith("/", "start the path with /"),
  headers: headersSchema.default({}),
  body: z.unknown().optional(),
});
export const serviceResponseSchema = z.object({
  status: z.number().int(),
  headers: headersSchema.default({}),
  body: z.unknown().optional(),
});
/** One step of a suite: a request and what its response must hold (only the fields named are compared). */
export const requestCaseSchema = z.object({
  name: z.string().min(1, "name the request"),
  request: serviceRequestSchema,
  expect: z.object({
    status: z.number().int().optional(),
    /** Each named header must be present with this value (names compared without case). */
    headers: headersSchema.optional(),
    /** The body, compared as JSON (deep equality). */
    body: z.unknown().optional(),
  }),
});

// JavaScript and TypeScript files are required by path (`./lib/store`), Python files imported by module name
// (`lib.store`), so a Python file's name has no hyphen. Which ending a project's files have is checked against its
// language below.
const filePathSchema = z
  .string()
  .regex(
    /^(?:[a-z0-9_-]+(\/[a-z0-9_-]+)*\.(js|ts|sql)|[a-z_][a-z0-9_]*(\/[a-z_][a-z0-9_]*)*\.py)$/,
    "name a file like routes.js, routes.ts, lib/store.js, routes.py or schema.sql (lowercase; a .py name has no hyphen)",
  );

export const serviceLanguages = ["javascript", "typescript", "python"] as const;
export type ServiceLanguage = (typeof serviceLanguages)[number];
const EXTENSIONS: Record<ServiceLanguage, string> = { javascript: ".js", typescript: ".ts", python: ".py" };
const LANGUAGE_NAMES: Record<ServiceLanguage, string> = {
  javascript: "JavaScript",
  typescript: "TypeScript",
  python: "Python",
};
/** A project's language as a learner reads it ("TypeScript"). */
export const serviceLanguageName = (language: ServiceLanguage) => LANGUAGE_NAMES[language];
/** The ending of a project's code files in `language` (".ts"). */
export const serviceFileExtension = (language: ServiceLanguage) => EXTENSIONS[language];

/** One file of the project: what the learner starts from and the model version of it. */
export const serviceFileSchema = z.object({
  path: filePathSchema,
  /** Files the learner may not edit are given as they are (a store, a helper the lesson explains). */
  editable: z.boolean().default(true),
  starter: z.string(),
  /** The model version; left out, the starter is already the model (always so for a file not editable). */
  solution: z.string().optional(),
});

/** A known-wrong answer: the model project with the files named here replaced. */
export const serviceWrongSolutionSchema = z.object({
  mistake: z.string().min(3),
  files: z
    .record(filePathSchema, z.string())
    .refine((files) => Object.keys(files).length > 0, "replace at least one file"),
});

export const serviceFieldsSchema = z.object({
  task: z.literal("service"),
  language: z.enum(serviceLanguages, "write the project in javascript, typescript or python"),
  /**
   * The project's database, when it has one: the `.sql` file (read-only or editable) whose statements make a fresh
   * PostgreSQL (PGlite) for each run; JavaScript and TypeScript handlers query it through a global `db`, a Python
   * project's `async def handle(request, db)` is handed it (python-service-harness.ts).
   */
  database: filePathSchema.optional(),
  /** The file whose `handle(request)` receives the requests. */
  entry: filePathSchema,
  files: z.array(serviceFileSchema).min(1, "add at least one file"),
  /** Sent in the browser and on the server; shown to the learner with their expectations. */
  tests: z.array(requestCaseSchema).min(1, "add at least one visible request"),
  /** Sent after `tests`, in the same instance, on the server only; a learner sees only their names. */
  hiddenTests: z.array(requestCaseSchema).default([]),
  hints: z.array(z.string()).default([]),
  wrongSolutions: z.array(serviceWrongSolutionSchema).default([]),
});

export const serviceExerciseSchema = serviceFieldsSchema.superRefine((exercise, ctx) => {
  const paths = exercise.files.map((f) => f.path);
  const extension = serviceFileExtension(exercise.language);
  paths.forEach((path, index) => {
    if (path === exercise.database) return;
    if (!path.endsWith(extension))
      ctx.addIssue({
        code: "custom",
        path: ["files", index, "path"],
        message: `a ${serviceLanguageName(exercise.language)} project's files end in ${extension}`,
      });
  });
  paths.forEach((path, index) => {
    if (paths.indexOf(path) !== index)
      ctx.addIssue({ code: "custom", path: ["files", index, "path"], message: `${path} is listed twice` });
  });
  if (exercise.database !== undefined) {
    if (!exercise.database.endsWith(".sql") || !paths.includes(exercise.database))
      ctx.addIssue({ code: "custom", path: ["database"], message: "name one of the project's .sql files" });
  }
  if (!paths.includes(exercise.entry))
    ctx.addIssue({ code: "custom", path: ["entry"], message: "name one of the project's files as the entry" });
  if (!exercise.files.some((f) => f.editable))
    ctx.addIssue({ code: "custom", path: ["files"], message: "let the learner edit at least one file" });
  const editable = new Set(exercise.files.filter((f) => f.editable).map((f) => f.path));
  exercise.wrongSolutions.forEach((wrong, index) => {
    for (const path of Object.keys(wrong.files))
      if (!editable.has(path))
        ctx.addIssue({
          code: "custom",
          path: ["wrongSolutions", index, "files", path],
          message: `${path} is not a file the learner may edit`,
        });
  });
});

export type ServiceRequest = z.infer<typeof serviceRequestSchema>;
export type ServiceResponse = z.infer<typeof serviceResponseSchema>;
export type RequestCase = z.infer<typeof requestCaseSchema>;
export type ServiceFile = z.infer<typeof serviceFileSchema>;
export type ServiceExercise = z.infer<typeof serviceExerciseSchema>;

/** The model project: every file's solution (or its starter when that is already the model). */
export function serviceSolutionFiles(exercise: Pick<ServiceExercise, "files">): Record<string, string> {
  return Object.fromEntries(exercise.files.map((f) => [f.path, f.solution ?? f.starter]));
}

/** The project as the learner starts it. */
/** The database's schema file and its text in a project's files, or undefined for a project without one. */
export function serviceDatabase(
  exercise: Pick<ServiceExercise, "database">,
  files: Record<string, string>,
): { path: string; schema: string } | undefined {
  return exercise.database === undefined
    ? undefined
    : { path: exercise.database, schema: files[exercise.database] ?? "" };
}

export function serviceStarterFiles(exercise: Pick<ServiceExercise, "files">): Record<string, string> {
  return Object.fromEntries(exercise.files.map((f) => [f.path, f.starter]));
}
