import type { CodeTestCase, CodeTestResult } from "@/lib/learning/code-check";

export type CodeWorkerRequest = { source: string; functionName: string; tests: CodeTestCase[] };

export type CodeWorkerResponse =
  | { type: "started" }
  | { type: "done"; results: CodeTestResult[]; logs: string[] }
  | { type: "failed"; message: string; logs: string[] };
