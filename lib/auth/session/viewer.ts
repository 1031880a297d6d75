// What the header shows about the signed-in person: no ids, nothing secret.
import type { CurrentUser } from "./policy";
import type { UserRole } from "../roles";

/** `timeZone` and `hour12`: the zone and clock saved in their profile, for times on cached pages. */
export type Viewer = { name: string | null; email: string; role: UserRole; timeZone: string; hour12: boolean };

export function toViewer(user: CurrentUser | null): Viewer | null {
  return user
    ? { name: user.name, email: user.email, role: user.role, timeZone: user.timeZone, hour12: user.hour12 ?? false }
    : null;
}
