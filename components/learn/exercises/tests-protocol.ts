import type { CaseResult } from "./code-runners";

export type SuiteWorkerRequest = { subject: string; suite: string };

export type SuiteWorkerResponse =
  { type: "started" } | { type: "done"; results: CaseResult[] } | { type: "failed"; message: string };
