import { createJsonRoute } from "@/lib/auth/create-action";
import { signUpDefinition } from "@/lib/auth/account-actions";

export const dynamic = "force-dynamic";

export const POST = createJsonRoute(signUpDefinition);
