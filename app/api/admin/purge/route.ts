import { createJsonRoute } from "@/lib/actions/json-route";
import { purgePagesDefinition } from "@/lib/ops/definitions";

export const dynamic = "force-dynamic";

export const POST = createJsonRoute(purgePagesDefinition);
