import { createJsonRoute, queryInput } from "@/lib/actions/json-route";
import { slotsDefinition } from "@/lib/booking/definitions";

export const dynamic = "force-dynamic";

export const GET = createJsonRoute(slotsDefinition, { input: queryInput });
