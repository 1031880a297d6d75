// Checks a learner's small JavaScript service on the server: its files run in the sandbox (QuickJS) and answer
// the suite's requests in order; the responses are judged here, where the expectations stay.
import { z } from "zod";
import { runInSandbox } from "../sandbox/run-sandbox";
import { serviceResponseSchema } from "../../content/service-schema";
import { judgeRequestSuite, type RequestCase, type SuiteVerdict } from "./request-suite";

const outcomeSchema = z.union([z.object({ response: serviceResponseSchema }), z.object({ error: z.string() })]);
const replySchema = z.union([z.object({ outcomes: z.array(z.unknown()) }), z.object({ loadError: z.string() })]);

export async function checkJavascriptService(
  files: Record<string, string>,
  entry: string,
  steps: (RequestCase & { hidden?: boolean })[],
  owner: string | null,
  forAuthor = false,
): Promise<SuiteVerdict> {
  const raw = await runInSandbox(
    { kind: "javascript-service", files, entry, requests: steps.map((s) => s.request) },
    owner,
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
