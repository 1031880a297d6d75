// Accounts for the public API (admins' keys only; the endpoints check the scope): a page by id, one created by
// email (the person signs in with an emailed link or sets a password through "forgot password"), and the role.
import { recordAudit } from "../audit/record-audit";
import type { UserRole } from "../auth/roles";
import { isUniqueViolation } from "../db/constraint-errors";
import { db } from "../db/client";

const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabledAt: true,
  emailVerified: true,
  createdAt: true,
} as const;

export function listUsersPage(filter: { role?: UserRole }, afterId: string | undefined, take: number) {
  return db.user.findMany({
    where: { ...(filter.role ? { role: filter.role } : {}), ...(afterId ? { id: { gt: afterId } } : {}) },
    orderBy: { id: "asc" },
    take,
    select: userSelect,
  });
}

export function getUserForApi(id: string) {
  return db.user.findUnique({ where: { id }, select: userSelect });
}

export type ApiUserRow = NonNullable<Awaited<ReturnType<typeof getUserForApi>>>;

/** The new account, or "EXISTS" when the email already has one (a concurrent twin included). */
export async function createUserByApi(
  actorId: string,
  input: { email: string; name: string; role: UserRole },
  ip: string,
): Promise<ApiUserRow | "EXISTS"> {
  const email = input.email.toLowerCase();
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) return "EXISTS";
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email, name: input.name || null, role: input.role },
        select: userSelect,
      });
      await recordAudit(
        { actorId, action: "user.created", targetType: "User", targetId: user.id, ip, meta: { role: input.role } },
        tx,
      );
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return "EXISTS";
    throw error;
  }
}
