import { createJsonRoute, queryInput } from "@/lib/actions/json-route";
import { exportPaymentsDefinition } from "@/lib/payments/definitions";

export const dynamic = "force-dynamic";

/** The filtered payments as CSV; refusals answer as JSON like every endpoint. */
export const GET = createJsonRoute(exportPaymentsDefinition, {
  input: queryInput,
  respond: (csv) =>
    new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="payments-${new Date().toISOString().slice(0, 10)}.csv"`,
        "cache-control": "no-store",
      },
    }),
});
