import { createJsonRoute } from "@/lib/actions/json-route";
import { resetPasswordDefinition } from "@/lib/accounts/definitions";

export const dynamic = "force-dynamic";

export const POST = createJsonRoute(resetPasswordDefinition);
