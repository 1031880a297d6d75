import type { PythonReport } from "@/lib/learning/python-harness";
import type { ServiceRequest } from "@/lib/learning/service/request-suite";

/** What the Python service harness (lib/learning/service/python-service-harness.ts) reports for one run. */
export type PythonServiceReport = { stdout: string } & ({ outcomes: unknown[] } | { loadError: string });

export type PythonWorkerRequest =
  /** `database`: the page holds a service project with a database, so PGlite is loaded beside Python. */
  | { type: "load"; indexURL: string; database?: boolean }
  | { type: "run"; id: number; source: string; tests: string }
  | {
      type: "service";
      id: number;
      files: Record<string, string>;
      entry: string;
      requests: ServiceRequest[];
      /** A project with a database: its schema, run in a fresh PGlite loaded from the prebuilt data directory. */
      database?: { path: string; schema: string; baseDataDir: string };
    };

export type PythonWorkerResponse =
  | { type: "progress"; loaded: number; total: number }
  | { type: "ready"; startupMs: number }
  | { type: "failed"; message: string }
  | { type: "started"; id: number }
  | { type: "report"; id: number; report: PythonReport }
  | { type: "service-report"; id: number; report: PythonServiceReport };
