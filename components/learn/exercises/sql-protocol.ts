import type { CompareOutcome, ResultSet } from "@/lib/learning/result-compare";

export type SqlWorkerRequest = { type: "init"; setup: string; solution: string; orderMatters: boolean } | { type: "run"; id: number; sql: string };

export type SqlWorkerResponse =
  | { type: "ready"; expectedColumns: string[] }
  | { type: "failed"; message: string }
  | { type: "result"; id: number; result: ResultSet; outcome: CompareOutcome }
  | { type: "error"; id: number; message: string };
