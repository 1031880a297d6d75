// The closed list of API key scopes, and which roles may hold each: a key never reaches past its owner's role.
import type { UserRole } from "../auth/roles";

export const API_SCOPES = [
  "courses:read",
  "enrollments:read",
  "enrollments:write",
  "progress:read",
  "certificates:read",
  "bookings:read",
  "payments:read",
  "users:read",
  "users:write",
] as const;

export type ApiScope = (typeof API_SCOPES)[number];

const EVERYONE: readonly UserRole[] = ["LEARNER", "INSTRUCTOR", "ADVISOR", "ADMIN"];

/** Who may put a scope on a key: the roles whose endpoints under it answer anything. */
export const SCOPE_ROLES: Record<ApiScope, readonly UserRole[]> = {
  "courses:read": EVERYONE,
  "enrollments:read": EVERYONE,
  "enrollments:write": ["ADMIN"],
  "progress:read": EVERYONE,
  "certificates:read": EVERYONE,
  "bookings:read": ["ADVISOR", "ADMIN"],
  "payments:read": ["ADMIN"],
  "users:read": ["ADMIN"],
  "users:write": ["ADMIN"],
};

export const SCOPE_LABELS: Record<ApiScope, string> = {
  "courses:read": "Read published courses and their outlines",
  "enrollments:read": "Read enrolments",
  "enrollments:write": "Create and revoke enrolments",
  "progress:read": "Read progress per enrolment",
  "certificates:read": "Read certificates",
  "bookings:read": "Read consultation bookings",
  "payments:read": "Read payments and refunds",
  "users:read": "Read users",
  "users:write": "Create users and change roles",
};

export function isApiScope(value: string): value is ApiScope {
  return (API_SCOPES as readonly string[]).includes(value);
}

export function scopesForRole(role: UserRole): ApiScope[] {
  return API_SCOPES.filter((scope) => SCOPE_ROLES[scope].includes(role));
}

/** The scopes a key may use now: its own, cut to what its owner's current role allows (a demoted owner). */
export function effectiveScopes(keyScopes: readonly string[], role: UserRole): Set<ApiScope> {
  return new Set(keyScopes.filter(isApiScope).filter((scope) => SCOPE_ROLES[scope].includes(role)));
}
