// What the header shows about the signed-in person: no ids, nothing secret.
import type { CurrentUser } from "./policy";
import type { UserRole } from "../roles";

export type Viewer = { name: string | null; email: string; role: UserRole };

export function toViewer(user: CurrentUser | null): Viewer | null {
  return user ? { name: user.name, email: user.email, role: user.role } : null;
}
