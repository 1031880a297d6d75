import type { UserRole } from "../auth/roles";

/** Who registers webhook endpoints: admins (every event) and instructors (their own courses' events). */
export const WEBHOOK_MANAGERS: readonly UserRole[] = ["ADMIN", "INSTRUCTOR"];
