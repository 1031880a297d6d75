import type { PythonReport } from "@/lib/learning/python-harness";

export type PythonWorkerRequest =
  { type: "load"; indexURL: string } | { type: "run"; id: number; source: string; tests: string };

export type PythonWorkerResponse =
  | { type: "progress"; loaded: number; total: number }
  | { type: "ready"; startupMs: number }
  | { type: "failed"; message: string }
  | { type: "started"; id: number }
  | { type: "report"; id: number; report: PythonReport };
