import { db } from "../db/client";
import { AUDIT_ACTIONS, type AuditAction } from "./record-audit";

export const AUDIT_PAGE_SIZE = 50;

export async function listAuditEntries({ action, page }: { action: string; page: number }) {
  const where = (AUDIT_ACTIONS as readonly string[]).includes(action) ? { action: action as AuditAction } : {};
  const [entries, total] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      include: { actor: { select: { email: true, name: true } } },
    }),
    db.auditLog.count({ where }),
  ]);
  const targetIds = [...new Set(entries.map((entry) => entry.targetId).filter((id): id is string => Boolean(id)))];
  const targets = await db.user.findMany({ where: { id: { in: targetIds } }, select: { id: true, email: true } });
  const targetEmails = new Map(targets.map((target) => [target.id, target.email]));
  return {
    entries: entries.map((entry) => ({
      ...entry,
      targetEmail: entry.targetId ? (targetEmails.get(entry.targetId) ?? null) : null,
    })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
  };
}
