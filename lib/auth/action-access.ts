import type { UserRole } from "./roles";

// Named once, so the authorization matrix test and the actions agree on who may call what.
export const SIGNED_IN = "user" as const;
export const ADMIN_ONLY: readonly UserRole[] = ["ADMIN"];
