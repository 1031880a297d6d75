// What the header shows about the signed-in person: no ids, nothing secret.
import type { CurrentUser } from "./policy";
import type { UserRole } from "../roles";

/** `hour12`: the clock they chose in their profile (false until they choose), for times on cached pages. */
export type Viewer = { name: string | null; email: string; role: UserRole; hour12: boolean };

export function toViewer(user: CurrentUser | null): Viewer | null {
  return user ? { name: user.name, email: user.email, role: user.role, hour12: user.hour12 ?? false } : null;
}
