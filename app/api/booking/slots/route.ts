import { createJsonGetRoute } from "@/lib/actions/json-route";
import { slotsDefinition } from "@/lib/booking/slots-route";

export const dynamic = "force-dynamic";

export const GET = createJsonGetRoute(slotsDefinition);
