// GET /admin/payments/export: the filtered payments as CSV, for admins only (same wrapper as actions).
import type { ActionDefinition } from "../actions/run-action";
import { paymentsCsv } from "./csv";
import { listPaymentsForCsv } from "./queries";
import { paymentFilterSchema } from "./schema";

export const exportPaymentsDefinition = {
  schema: paymentFilterSchema,
  auth: ["ADMIN"] as const,
  handler: async (filter) => paymentsCsv(await listPaymentsForCsv(filter)),
} satisfies ActionDefinition<typeof paymentFilterSchema, readonly ["ADMIN"], string>;
