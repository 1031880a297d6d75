export const ROLES = ["LEARNER", "INSTRUCTOR", "ADVISOR", "ADMIN"] as const;
export type UserRole = (typeof ROLES)[number];

export const ROLE_LABELS: Record<UserRole, string> = {
  LEARNER: "Learner",
  INSTRUCTOR: "Instructor",
  ADVISOR: "Advisor",
  ADMIN: "Admin",
};
