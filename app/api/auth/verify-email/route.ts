import { createJsonRoute } from "@/lib/auth/create-action";
import { confirmEmailDefinition } from "@/lib/auth/account-actions";

export const dynamic = "force-dynamic";

export const POST = createJsonRoute(confirmEmailDefinition);
