import { createJsonRoute } from "@/lib/actions/json-route";
import { resetPasswordDefinition } from "@/lib/accounts/account-actions";

export const dynamic = "force-dynamic";

export const POST = createJsonRoute(resetPasswordDefinition);
