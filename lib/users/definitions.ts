import type { ActionDefinition } from "../actions/run-action";
import { SIGNED_IN } from "../auth/action-access";
import { emptySchema } from "./schema";
import { exportUserData } from "./export-data";

/** GET /profile/export: the signed-in person's own data, never anyone else's (the id comes from the session). */
export const exportDataDefinition = {
  schema: emptySchema,
  auth: SIGNED_IN,
  handler: (_input, { user }) => exportUserData(user.id),
} satisfies ActionDefinition<typeof emptySchema, typeof SIGNED_IN, Awaited<ReturnType<typeof exportUserData>>>;
