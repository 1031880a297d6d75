"use server";

import { createAction } from "../actions/server-action";
import { SIGNED_IN } from "../auth/action-access";
import { createApiKeySchema, revokeApiKeySchema } from "./schema";
import { createApiKey, revokeApiKey } from "./service";

/** Answers the new key's secret once; the profile page shows it until the person leaves. */
export const createApiKeyAction = createAction({
  schema: createApiKeySchema,
  auth: SIGNED_IN,
  revalidate: ["/profile"],
  handler: (input, { user, ip }) => createApiKey(user, input, ip),
});

export const revokeApiKeyAction = createAction({
  schema: revokeApiKeySchema,
  auth: SIGNED_IN,
  revalidate: ["/profile"],
  handler: (input, { user, ip }) => revokeApiKey(user, input.keyId, ip),
});
