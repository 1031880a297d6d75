import { createJsonRoute } from "@/lib/auth/create-action";
import { resendVerificationDefinition } from "@/lib/auth/account-actions";

export const dynamic = "force-dynamic";

export const POST = createJsonRoute(resendVerificationDefinition);
