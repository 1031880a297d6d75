"use client";
// A small-service project in the studio: its files (starter, model version, whether learners may edit each),
// the entry file, the visible and hidden request suites (as JSON), and known-wrong projects (the model with
// some files replaced) that must be rejected. Publishing runs all of it in the server's sandbox
// (lib/studio/service-verify.ts).
import { useState } from "react";
import { clsx } from "clsx";
import { INPUT_STYLES } from "@/components/ui/form/form-styles";
import { serviceFileExtension } from "@/lib/content/service-schema";
import type { RequestCase, ServiceExercise, ServiceFile, ServiceLanguage } from "@/lib/content/service-schema";
import { SMALL_BUTTON } from "./call-action";
import { MonoField } from "./mono-field";
import { Errors } from "./quiz-editor";

const LABEL = "block text-sm font-medium text-slate-900 dark:text-slate-100";
const FIELD = clsx(INPUT_STYLES, "mt-1");
const CARD = "space-y-3 rounded-lg border border-slate-200 p-3 dark:border-slate-700";

/** A starting point for an author who turns a code lesson into a small-service project. */
export const BLANK_SERVICE: ServiceExercise = {
  task: "service",
  language: "javascript",
  entry: "routes.js",
  files: [
    {
      path: "routes.js",
      editable: true,
      starter:
        'const service = require("./service");\n\nexports.handle = (request) => ({ status: 404, headers: {} });\n',
      solution:
        'const service = require("./service");\n\nexports.handle = (request) =>\n  request.method === "GET" && request.path === "/hello"\n    ? { status: 200, headers: {}, body: service.greet() }\n    : { status: 404, headers: {} };\n',
    },
    { path: "service.js", editable: true, starter: 'exports.greet = () => ({ message: "hello" });\n' },
  ],
  tests: [{ name: "says hello", request: { method: "GET", path: "/hello", headers: {} }, expect: { status: 200 } }],
  hiddenTests: [],
  hints: [],
  wrongSolutions: [],
};

/** The same starting point in Python: modules imported by name, `handle(request)` returning a dict. */
export const BLANK_PYTHON_SERVICE: ServiceExercise = {
  ...BLANK_SERVICE,
  language: "python",
  entry: "routes.py",
  files: [
    {
      path: "routes.py",
      editable: true,
      starter: 'import service\n\n\ndef handle(request):\n    return {"status": 404, "headers": {}}\n',
      solution:
        'import service\n\n\ndef handle(request):\n    if request["method"] == "GET" and request["path"] == "/hello":\n        return {"status": 200, "headers": {}, "body": service.greet()}\n    return {"status": 404, "headers": {}}\n',
    },
    { path: "service.py", editable: true, starter: 'def greet():\n    return {"message": "hello"}\n' },
  ],
};

/** The same starting point in TypeScript: `import`/`export` and typed handlers (types stripped, not checked). */
export const BLANK_TYPESCRIPT_SERVICE: ServiceExercise = {
  ...BLANK_SERVICE,
  language: "typescript",
  entry: "routes.ts",
  files: [
    {
      path: "routes.ts",
      editable: true,
      starter:
        'import * as service from "./service";\n\ntype Request = { method: string; path: string };\n\nexport function handle(request: Request) {\n  return { status: 404, headers: {} };\n}\n',
      solution:
        'import * as service from "./service";\n\ntype Request = { method: string; path: string };\n\nexport function handle(request: Request) {\n  if (request.method === "GET" && request.path === "/hello") return { status: 200, headers: {}, body: service.greet() };\n  return { status: 404, headers: {} };\n}\n',
    },
    {
      path: "service.ts",
      editable: true,
      starter: 'export const greet = (): { message: string } => ({ message: "hello" });\n',
    },
  ],
};

const BLANKS: Record<ServiceLanguage, ServiceExercise> = {
  javascript: BLANK_SERVICE,
  typescript: BLANK_TYPESCRIPT_SERVICE,
  python: BLANK_PYTHON_SERVICE,
};

/** An untouched blank project follows the language; an author's own files are kept (their names then need
 * the other ending, which the errors say). */
function withLanguage(exercise: ServiceExercise, language: ServiceLanguage): ServiceExercise {
  const untouched = Object.values(BLANKS).some((blank) => JSON.stringify(exercise) === JSON.stringify(blank));
  return untouched ? BLANKS[language] : { ...exercise, language };
}

type Props = {
  exercise: ServiceExercise;
  onChange: (exercise: ServiceExercise) => void;
  errorsFor: (path: string) => string[];
};

/** A request suite edited as JSON: the text is kept while it does not parse, and the error said. */
function SuiteField({
  label,
  value,
  onChange,
  errors,
}: {
  label: string;
  value: RequestCase[];
  onChange: (value: RequestCase[]) => void;
  errors: string[];
}) {
  const [text, setText] = useState(() => JSON.stringify(value, null, 2));
  const [problem, setProblem] = useState<string | null>(null);
  const edit = (next: string) => {
    setText(next);
    try {
      const parsed = JSON.parse(next) as unknown;
      if (!Array.isArray(parsed)) return setProblem("Write a JSON list of requests: [ { … }, … ].");
      setProblem(null);
      onChange(parsed as RequestCase[]);
    } catch {
      setProblem("This is not JSON yet; the last valid list is kept until it is.");
    }
  };
  return (
    <div>
      <MonoField label={label} rows={10} value={text} onChange={edit} />
      <Errors messages={[...(problem ? [problem] : []), ...errors]} />
    </div>
  );
}

export function ServiceEditor({ exercise, onChange, errorsFor }: Props) {
  const set = (patch: Partial<ServiceExercise>) => onChange({ ...exercise, ...patch });
  const setFile = (index: number, patch: Partial<ServiceFile>) =>
    set({ files: exercise.files.map((f, i) => (i === index ? { ...f, ...patch } : f)) });
  const editable = exercise.files.filter((f) => f.editable).map((f) => f.path);
  const setWrong = (index: number, patch: Partial<ServiceExercise["wrongSolutions"][number]>) =>
    set({ wrongSolutions: exercise.wrongSolutions.map((w, i) => (i === index ? { ...w, ...patch } : w)) });
  const model = (path: string) => {
    const file = exercise.files.find((f) => f.path === path);
    return file ? (file.solution ?? file.starter) : "";
  };
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Learners build a small service in several files. The entry file exports <code>handle(request)</code>; the
        visible requests run in their browser, then the server sends them again followed by the hidden ones, all to one
        running copy of the project. A failing hidden request is named, never shown.
      </p>
      <label className={LABEL}>
        Language
        <select
          value={exercise.language}
          onChange={(e) => onChange(withLanguage(exercise, e.target.value as ServiceLanguage))}
          className={FIELD}
        >
          <option value="javascript">JavaScript (CommonJS files, .js)</option>
          <option value="typescript">TypeScript (modules, .ts; types stripped, not checked)</option>
          <option value="python">Python (modules, .py)</option>
        </select>
      </label>
      <Errors messages={errorsFor("exercise.language")} />
      <label className={LABEL}>
        Entry file (exports handle)
        <select value={exercise.entry} onChange={(e) => set({ entry: e.target.value })} className={FIELD}>
          {exercise.files.map((f) => (
            <option key={f.path} value={f.path}>
              {f.path}
            </option>
          ))}
        </select>
      </label>
      <Errors messages={errorsFor("exercise.entry")} />
      <label className={LABEL}>
        {exercise.language === "python"
          ? "Database (a .sql file run into a fresh PostgreSQL for each run; async def handle(request, db) is handed it)"
          : "Database (a .sql file run into a fresh PostgreSQL for each run; the files query it through db)"}
        <select
          value={exercise.database ?? ""}
          onChange={(e) => set({ database: e.target.value === "" ? undefined : e.target.value })}
          className={FIELD}
        >
          <option value="">No database</option>
          {exercise.files
            .filter((f) => f.path.endsWith(".sql"))
            .map((f) => (
              <option key={f.path} value={f.path}>
                {f.path}
              </option>
            ))}
        </select>
      </label>
      <Errors messages={errorsFor("exercise.database")} />
      <fieldset className="space-y-3">
        <legend className={LABEL}>Files</legend>
        {exercise.files.map((file, index) => (
          <div key={index} className={CARD}>
            <label className={LABEL}>
              Path of file {index + 1}
              <input value={file.path} onChange={(e) => setFile(index, { path: e.target.value })} className={FIELD} />
            </label>
            <Errors messages={errorsFor(`exercise.files.${index}.path`)} />
            <label className="flex items-center gap-2 text-sm text-slate-900 dark:text-slate-100">
              <input
                type="checkbox"
                checked={file.editable}
                onChange={(e) => setFile(index, { editable: e.target.checked })}
              />
              Learners may edit {file.path || "this file"}
            </label>
            <MonoField
              label={`Starter of ${file.path || `file ${index + 1}`}`}
              rows={8}
              value={file.starter}
              onChange={(starter) => setFile(index, { starter })}
            />
            {file.editable && (
              <MonoField
                label={`Model version of ${file.path || `file ${index + 1}`} (shown after a pass; empty: the starter)`}
                rows={8}
                value={file.solution ?? ""}
                onChange={(solution) => setFile(index, { solution: solution === "" ? undefined : solution })}
              />
            )}
            <button
              type="button"
              className={SMALL_BUTTON}
              onClick={() => set({ files: exercise.files.filter((_, i) => i !== index) })}
              disabled={exercise.files.length === 1}
            >
              Remove {file.path || `file ${index + 1}`}
            </button>
          </div>
        ))}
        <button
          type="button"
          className={SMALL_BUTTON}
          onClick={() =>
            set({
              files: [
                ...exercise.files,
                {
                  path: `file${exercise.files.length + 1}${serviceFileExtension(exercise.language)}`,
                  editable: true,
                  starter: "",
                },
              ],
            })
          }
        >
          Add a file
        </button>
        <Errors messages={errorsFor("exercise.files")} />
      </fieldset>
      <SuiteField
        label="Visible requests (JSON: name, request {method, path, headers, body}, expect {status, headers, body})"
        value={exercise.tests}
        onChange={(tests) => set({ tests })}
        errors={errorsFor("exercise.tests")}
      />
      <SuiteField
        label="Hidden requests (JSON, sent after the visible ones; learners see only their names)"
        value={exercise.hiddenTests}
        onChange={(hiddenTests) => set({ hiddenTests })}
        errors={errorsFor("exercise.hiddenTests")}
      />
      <fieldset className="space-y-3">
        <legend className={LABEL}>Known-wrong projects (must be rejected)</legend>
        {exercise.wrongSolutions.map((wrong, index) => (
          <div key={index} className={CARD}>
            <label className={LABEL}>
              The mistake
              <input
                value={wrong.mistake}
                onChange={(e) => setWrong(index, { mistake: e.target.value })}
                className={FIELD}
              />
            </label>
            {Object.entries(wrong.files).map(([path, source]) => (
              <MonoField
                key={path}
                label={`Known-wrong ${index + 1}: its ${path}`}
                rows={6}
                value={source}
                onChange={(next) => setWrong(index, { files: { ...wrong.files, [path]: next } })}
              />
            ))}
            <div className="flex flex-wrap gap-2">
              {editable
                .filter((path) => !(path in wrong.files))
                .map((path) => (
                  <button
                    key={path}
                    type="button"
                    className={SMALL_BUTTON}
                    onClick={() => setWrong(index, { files: { ...wrong.files, [path]: model(path) } })}
                  >
                    Replace {path} too
                  </button>
                ))}
              <button
                type="button"
                className={SMALL_BUTTON}
                onClick={() => set({ wrongSolutions: exercise.wrongSolutions.filter((_, i) => i !== index) })}
              >
                Remove known-wrong project {index + 1}
              </button>
            </div>
            <Errors messages={errorsFor(`exercise.wrongSolutions.${index}`)} />
          </div>
        ))}
        {editable.length > 0 && (
          <button
            type="button"
            className={SMALL_BUTTON}
            onClick={() =>
              set({
                wrongSolutions: [
                  ...exercise.wrongSolutions,
                  { mistake: "", files: { [editable[0]!]: model(editable[0]!) } },
                ],
              })
            }
          >
            Add a known-wrong project
          </button>
        )}
      </fieldset>
    </div>
  );
}
