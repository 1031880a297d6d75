import type { UserRole } from "../auth/roles";
import type { ActionDefinition } from "../actions/run-action";
import { purgePagesSchema } from "./schema";
import { purgePages } from "./purge-service";

const ADMIN_ONLY: readonly UserRole[] = ["ADMIN"];

/** Shared by the admin status page's action and POST /api/admin/purge (for deploy scripts and tests). */
export const purgePagesDefinition = {
  schema: purgePagesSchema,
  auth: ADMIN_ONLY,
  handler: (input, { user, ip }) => purgePages(user.id, input.prefix, ip),
} satisfies ActionDefinition<typeof purgePagesSchema, readonly UserRole[], { dropped: number }>;
