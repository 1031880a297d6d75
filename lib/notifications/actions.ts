"use server";
// Notifications: read marks, mail preferences (profile settings) and the unsubscribe page's button.
import { createAction } from "../actions/server-action";
import { SIGNED_IN } from "../auth/action-access";
import { mailPreferencesSchema, markReadSchema, unsubscribeSchema } from "./schema";
import { markRead, setMailPreferences, unsubscribeWithToken } from "./service";

export const markNotificationsReadAction = createAction({
  schema: markReadSchema,
  auth: SIGNED_IN,
  handler: ({ id }, { user }) => markRead(user.id, id),
});

export const setMailPreferencesAction = createAction({
  schema: mailPreferencesSchema,
  auth: SIGNED_IN,
  revalidate: ["/profile"],
  handler: (choices, { user }) => setMailPreferences(user.id, choices),
});

/** The unsubscribe page's button (the link alone changes nothing: mail scanners open links). */
export const unsubscribeAction = createAction({
  schema: unsubscribeSchema,
  auth: "public",
  rateLimit: (_input, { ip }) => [["unsubscribe-ip", ip]],
  handler: ({ token }) => unsubscribeWithToken(token),
});
