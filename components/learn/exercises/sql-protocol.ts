import type { ResultSet } from "@/lib/learning/result-compare";

export type SqlWorkerRequest =
  { type: "init"; setup: string; baseDataDir: string } | { type: "run"; id: number; sql: string };

export type SqlWorkerResponse =
  | { type: "ready"; startupMs: number }
  | { type: "failed"; message: string }
  | { type: "result"; id: number; result: ResultSet }
  | { type: "error"; id: number; message: string };
