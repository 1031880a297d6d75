// Checks a learner's small service on the server: its files run in the sandbox (JavaScript and TypeScript, stripped
// of its types in the sandbox, in QuickJS; Python in Pyodide in an empty realm; either with PGlite beside it when the
// project has a database) and answer the suite's requests in order; the responses are judged here, where the
// expectations stay.
import { z } from "zod";
import { parseJson } from "../grading/python-plan";
import { runInSandbox } from "../sandbox/run-sandbox";
import { serviceResponseSchema, type ServiceLanguage } from "../../content/service-schema";
import { ensurePgliteBase } from "../sandbox/pglite-base";
import { PYTHON_DATABASE_SERVICE_HARNESS, PYTHON_SERVICE_HARNESS } from "./python-service-harness";
import { judgeRequestSuite, type RequestCase, type SuiteVerdict } from "./request-suite";

const outcomeSchema = z.union([z.object({ response: serviceResponseSchema }), z.object({ error: z.string() })]);
const replySchema = z.union([z.object({ outcomes: z.array(z.unknown()) }), z.object({ loadError: z.string() })]);

/** Runs the project once on the suite's requests; what the engine reports, not yet judged. */
async function runService(
  language: ServiceLanguage,
  files: Record<string, string>,
  entry: string,
  requests: unknown[],
  owner: string | null,
  database?: { path: string; schema: string },
): Promise<unknown> {
  // Without the prebuilt directory the sandbox runs initdb itself: slower, still correct.
  const baseDataDir = database ? await ensurePgliteBase().catch(() => undefined) : undefined;
  if (language === "python" && database)
    return runInSandbox(
      {
        kind: "python-service",
        program: PYTHON_DATABASE_SERVICE_HARNESS,
        files,
        entry,
        requests,
        database,
        baseDataDir,
      },
      owner,
    );
  if (language === "python")
    return runInSandbox(
      {
        kind: "python",
        program: PYTHON_SERVICE_HARNESS,
        args: [JSON.stringify(files), entry, JSON.stringify(requests)],
      },
      owner,
    ).then(parseJson);
  if (!database) return runInSandbox({ kind: "javascript-service", files, entry, requests }, owner);
  return runInSandbox({ kind: "javascript-service", files, entry, requests, database, baseDataDir }, owner);
}

export async function checkServiceProject(
  language: ServiceLanguage,
  files: Record<string, string>,
  entry: string,
  steps: (RequestCase & { hidden?: boolean })[],
  owner: string | null,
  forAuthor = false,
  database?: { path: string; schema: string },
): Promise<SuiteVerdict> {
  const raw = await runService(
    language,
    files,
    entry,
    steps.map((s) => s.request),
    owner,
    database,
  );
  const reply = replySchema.safeParse(raw);
  if (!reply.success) return { passed: false, feedback: "Your service's responses could not be read.", failing: [] };
  if ("loadError" in reply.data) return { passed: false, feedback: reply.data.loadError, failing: [] };
  const outcomes = reply.data.outcomes.map((outcome) => {
    const parsed = outcomeSchema.safeParse(outcome);
    return parsed.success ? parsed.data : { error: "an unreadable response" };
  });
  return judgeRequestSuite(steps, outcomes, forAuthor);
}

/** A JavaScript project (the tests and bench rows written before Python projects). */
export const checkJavascriptService = (
  files: Record<string, string>,
  entry: string,
  steps: (RequestCase & { hidden?: boolean })[],
  owner: string | null,
  forAuthor = false,
) => checkServiceProject("javascript", files, entry, steps, owner, forAuthor);
