import { dbPoolStats } from "../db/client";
import { registerPoolStatsSource, renderMetrics } from "../observability/metrics";

/** The exposition text for /api/metrics, with the app pool's connections read at scrape time. */
export async function scrapeMetrics(): Promise<{ body: string; contentType: string }> {
  registerPoolStatsSource(dbPoolStats);
  return renderMetrics();
}
