// GET /admin/payments/export: the filtered payments as CSV, for admins only (same wrapper as actions).
import { createJsonGetRoute } from "../actions/json-route";
import type { ActionDefinition } from "../actions/run-action";
import { paymentsCsv } from "./csv";
import { listPaymentsForCsv } from "./queries";
import { paymentFilterSchema } from "./schema";

export const exportPaymentsDefinition = {
  schema: paymentFilterSchema,
  auth: ["ADMIN"] as const,
  handler: async (filter) => paymentsCsv(await listPaymentsForCsv(filter)),
} satisfies ActionDefinition<typeof paymentFilterSchema, readonly ["ADMIN"], string>;

export const exportPaymentsRoute = createJsonGetRoute(
  exportPaymentsDefinition,
  (csv) =>
    new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="payments-${new Date().toISOString().slice(0, 10)}.csv"`,
        "cache-control": "no-store",
      },
    }),
);
