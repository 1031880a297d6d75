import type { RequestCase } from "@/lib/learning/service/request-suite";

export type ServiceWorkerRequest = { files: Record<string, string>; entry: string; steps: RequestCase[] };
