import { createJsonRoute, queryInput } from "@/lib/actions/json-route";
import { unreadCountDefinition } from "@/lib/notifications/definitions";

export const dynamic = "force-dynamic";

/** The bell's unread count (no-store JSON), polled by the header. */
export const GET = createJsonRoute(unreadCountDefinition, { input: queryInput });
