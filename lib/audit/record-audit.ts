import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";

export const AUDIT_ACTIONS = [
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.sign_up",
  "auth.email_verified",
  "auth.password_reset_requested",
  "auth.password_reset",
  "auth.password_changed",
  "auth.email_changed",
  "auth.sign_out_everywhere",
  "auth.sign_out",
  "auth.session_ended",
  "auth.unverified_password_removed",
  "user.role_changed",
  "user.disabled",
  "user.enabled",
  "user.deleted",
  "payment.refunded",
  "refund.automatic",
  "refund.requested",
  "refund.approved",
  "refund.declined",
  "coupon.created",
  "coupon.enabled",
  "coupon.disabled",
  "advisor.created",
  "advisor.enabled",
  "advisor.disabled",
  "review.hidden",
  "review.shown",
  "qa.post_hidden",
  "qa.post_restored",
  "studio.course_published",
  "studio.course_imported",
  "studio.project_archived",
  "studio.project_restored",
  "studio.project_deleted",
  "ops.pages_purged",
  "ops.outbox_retried",
  "api_key.created",
  "api_key.revoked",
  "enrollment.granted",
  "enrollment.revoked",
  "webhook.created",
  "webhook.secret_rotated",
  "webhook.deleted",
  "user.created",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditEntry = {
  actorId: string | null;
  action: AuditAction;
  targetType?: string;
  targetId?: string;
  ip?: string;
  meta?: Prisma.InputJsonValue;
};

/** Appends one row to the audit log. Never pass secrets (passwords, tokens) in `meta`. */
export async function recordAudit(entry: AuditEntry, client: Pick<typeof db, "auditLog"> = db): Promise<void> {
  await client.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      ip: entry.ip ?? null,
      meta: entry.meta,
    },
  });
}
