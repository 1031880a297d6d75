import type { PythonReport } from "@/lib/learning/python-harness";
import type { ServiceRequest } from "@/lib/learning/service/request-suite";

/** What the Python service harness (lib/learning/service/python-service-harness.ts) reports for one run. */
export type PythonServiceReport = { stdout: string } & ({ outcomes: unknown[] } | { loadError: string });

export type PythonWorkerRequest =
  | { type: "load"; indexURL: string }
  | { type: "run"; id: number; source: string; tests: string }
  | { type: "service"; id: number; files: Record<string, string>; entry: string; requests: ServiceRequest[] };

export type PythonWorkerResponse =
  | { type: "progress"; loaded: number; total: number }
  | { type: "ready"; startupMs: number }
  | { type: "failed"; message: string }
  | { type: "started"; id: number }
  | { type: "report"; id: number; report: PythonReport }
  | { type: "service-report"; id: number; report: PythonServiceReport };
