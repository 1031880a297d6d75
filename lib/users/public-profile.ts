// Who writes a bio: the people who can teach a course, and so have a public instructor page.
import type { UserRole } from "../auth/roles";

export function mayHavePublicProfile(role: UserRole): boolean {
  return role === "INSTRUCTOR" || role === "ADMIN";
}
