import { createJsonRoute } from "@/lib/auth/create-action";
import { resetPasswordDefinition } from "@/lib/auth/account-actions";

export const dynamic = "force-dynamic";

export const POST = createJsonRoute(resetPasswordDefinition);
