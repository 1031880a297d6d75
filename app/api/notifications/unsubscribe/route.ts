import { createJsonRoute, queryInput } from "@/lib/actions/json-route";
import { oneClickUnsubscribeDefinition } from "@/lib/notifications/definitions";

export const dynamic = "force-dynamic";

/** RFC 8058 one-click: the mail client POSTs `List-Unsubscribe=One-Click`; the signed token is in the query. */
export const POST = createJsonRoute(oneClickUnsubscribeDefinition, { input: queryInput });
