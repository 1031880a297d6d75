import { db } from "../db/client";
import { auditLabel, describeAuditMeta } from "./audit-labels";
import { AUDIT_ACTIONS, type AuditAction } from "../audit/record-audit";
import { auditSubjects, NAMED_BY_SUBJECT } from "../audit/subjects";

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
  const subjects = await auditSubjects(entries);
  return {
    entries: entries.map((entry) => ({
      id: entry.id,
      createdAt: entry.createdAt,
      action: entry.action,
      label: auditLabel(entry.action),
      actorEmail: entry.actor?.email ?? null,
      ip: entry.ip,
      subject: subjects.get(entry.id) ?? null,
      details: describeAuditMeta(entry.meta, NAMED_BY_SUBJECT[entry.targetType?.toLowerCase() ?? ""] ?? []),
    })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
  };
}
