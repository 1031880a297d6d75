import type { UserRole } from "../auth/roles";
import type { ActionDefinition } from "../actions/run-action";
import { retryOutboxMessage } from "./outbox-service";
import { purgePagesSchema, retryOutboxSchema } from "./schema";
import { purgePages } from "./purge-service";

const ADMIN_ONLY: readonly UserRole[] = ["ADMIN"];

/** Shared by the admin status page's action and POST /api/admin/purge (for deploy scripts and tests). */
export const purgePagesDefinition = {
  schema: purgePagesSchema,
  auth: ADMIN_ONLY,
  handler: (input, { user, ip }) => purgePages(user.id, input.prefix, ip),
} satisfies ActionDefinition<typeof purgePagesSchema, readonly UserRole[], { dropped: number }>;

/** The status page's retry button on a dead outbox message. */
export const retryOutboxDefinition = {
  schema: retryOutboxSchema,
  auth: ADMIN_ONLY,
  handler: (input, { user, ip }) => retryOutboxMessage(user.id, input.id, ip),
} satisfies ActionDefinition<typeof retryOutboxSchema, readonly UserRole[], { retried: true }>;
