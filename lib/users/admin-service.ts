// Admin work on other people's accounts. Callers must have checked the ADMIN role (see actions.ts).
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { recordAudit } from "../audit/record-audit";
import { DomainError } from "../actions/errors";
import type { UserRole } from "../auth/roles";
import { endEverySession } from "../auth/session/sign-out";

export const USERS_PAGE_SIZE = 20;

export async function listUsers({ q, page }: { q: string; page: number }) {
  const where: Prisma.UserWhereInput = q
    ? { OR: [{ email: { contains: q, mode: "insensitive" } }, { name: { contains: q, mode: "insensitive" } }] }
    : {};
  const [users, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: { id: true, email: true, name: true, role: true, disabledAt: true, emailVerified: true, createdAt: true },
    }),
    db.user.count({ where }),
  ]);
  return { users, total, page, pageCount: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)) };
}

async function findTarget(userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, role: true, disabledAt: true, email: true },
  });
  if (!user) throw new DomainError("That user no longer exists. Refresh the list.");
  return user;
}

/** A role change ends the person's sessions, so the new role applies from their next request. */
export async function changeUserRole(actorId: string, input: { userId: string; role: UserRole }, ip: string) {
  if (input.userId === actorId) throw new DomainError("You can't change your own role. Ask another admin.");
  const target = await findTarget(input.userId);
  if (target.role === input.role) return { role: target.role };
  await db.$transaction(async (tx) => {
    await endEverySession(tx, target.id, { role: input.role });
    await recordAudit(
      {
        actorId,
        action: "user.role_changed",
        targetType: "User",
        targetId: target.id,
        ip,
        meta: { from: target.role, to: input.role },
      },
      tx,
    );
  });
  return { role: input.role };
}

export async function setUserDisabled(
  actorId: string,
  input: { userId: string; disabled: boolean },
  ip: string,
  now: Date = new Date(),
) {
  if (input.userId === actorId) throw new DomainError("You can't disable your own account.");
  const target = await findTarget(input.userId);
  if (Boolean(target.disabledAt) === input.disabled) return { disabled: input.disabled };
  await db.$transaction(async (tx) => {
    if (input.disabled) await endEverySession(tx, target.id, { disabledAt: now }, now);
    else await tx.user.update({ where: { id: target.id }, data: { disabledAt: null } });
    await recordAudit(
      {
        actorId,
        action: input.disabled ? "user.disabled" : "user.enabled",
        targetType: "User",
        targetId: target.id,
        ip,
      },
      tx,
    );
  });
  return { disabled: input.disabled };
}
