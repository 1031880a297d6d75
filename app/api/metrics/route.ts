// Not a JSON route: Prometheus reads the text exposition format.
import { mayReadMetrics } from "@/lib/ops/metrics-access";
import { scrapeMetrics } from "@/lib/ops/scrape";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  if (!mayReadMetrics(request.headers)) {
    return new Response("Metrics need a bearer token (METRICS_TOKEN) or a request from this machine.\n", {
      status: 403,
      headers: { "Cache-Control": "no-store", "Content-Type": "text/plain" },
    });
  }
  const { body, contentType } = await scrapeMetrics();
  return new Response(body, { headers: { "Content-Type": contentType, "Cache-Control": "no-store" } });
}
