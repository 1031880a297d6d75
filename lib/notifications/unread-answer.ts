// GET /api/notifications/unread: the bell's unread count, polled by the header. One function, two doors: the route
// file, and the production server's own (offered below, lib/http/web-endpoints.ts), which skips Next's route runtime.
import { personalQueryRoute } from "../actions/personal-json-route";
import { offerWebEndpoint } from "../http/web-endpoints";
import { unreadCountDefinition } from "./definitions";

export const unreadCountAnswer = personalQueryRoute(unreadCountDefinition);

offerWebEndpoint("/api/notifications/unread", unreadCountAnswer);
