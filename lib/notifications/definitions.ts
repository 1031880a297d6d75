// The definitions behind the notification JSON routes, exported for the authorization matrix.
import type { ActionDefinition } from "../actions/run-action";
import { unreadCount } from "./queries";
import { emptySchema, unsubscribeSchema } from "./schema";
import { unsubscribeWithToken } from "./service";
import type { MailCategory } from "./categories";

/** GET /api/notifications/unread: the bell's number. */
export const unreadCountDefinition: ActionDefinition<typeof emptySchema, "user", { unread: number }> = {
  schema: emptySchema,
  auth: "user",
  handler: async (_input, { user }) => ({ unread: await unreadCount(user.id) }),
};

/** POST /api/notifications/unsubscribe?token=…: RFC 8058 one-click, from a mail client, with no session. */
export const oneClickUnsubscribeDefinition: ActionDefinition<
  typeof unsubscribeSchema,
  "public",
  { category: MailCategory }
> = {
  schema: unsubscribeSchema,
  auth: "public",
  rateLimit: (_input, { ip }) => [["unsubscribe-ip", ip]],
  handler: ({ token }) => unsubscribeWithToken(token),
};
