import type { RequestCase } from "@/lib/learning/service/request-suite";

export type ServiceWorkerRequest = {
  files: Record<string, string>;
  entry: string;
  steps: RequestCase[];
  /** A project with a database: its schema, run in a fresh PGlite loaded from the prebuilt data directory. */
  database?: { path: string; schema: string; baseDataDir: string };
};
