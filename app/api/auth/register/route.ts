import { createJsonRoute } from "@/lib/actions/json-route";
import { signUpDefinition } from "@/lib/accounts/definitions";

export const dynamic = "force-dynamic";

export const POST = createJsonRoute(signUpDefinition);
