import { createJsonRoute } from "@/lib/actions/json-route";
import { confirmEmailDefinition } from "@/lib/accounts/definitions";

export const dynamic = "force-dynamic";

export const POST = createJsonRoute(confirmEmailDefinition);
