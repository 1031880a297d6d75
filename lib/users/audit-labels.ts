// What the audit log page says for each event and for the details stored with it. Pure. Every action has a
// plain label (the Record type makes a new action without one a compile error); details read as sentences
// of "Label: value", never raw keys.
import { ROLE_LABELS, type UserRole } from "../auth/roles";
import type { AuditAction } from "../audit/record-audit";

export const AUDIT_LABELS: Record<AuditAction, string> = {
  "auth.sign_in": "Signed in",
  "auth.sign_in_failed": "Failed sign-in",
  "auth.sign_up": "Signed up",
  "auth.email_verified": "Confirmed email",
  "auth.password_reset_requested": "Asked for a password reset",
  "auth.password_reset": "Reset password",
  "auth.password_changed": "Changed password",
  "auth.email_changed": "Changed email",
  "auth.sign_out_everywhere": "Signed out everywhere",
  "auth.sign_out": "Signed out",
  "auth.session_ended": "Session ended",
  "auth.unverified_password_removed": "Unconfirmed password removed",
  "user.role_changed": "Role changed",
  "user.disabled": "Account disabled",
  "user.enabled": "Account enabled",
  "user.deleted": "Account deleted",
  "payment.refunded": "Payment refunded",
  "refund.automatic": "Refund within the policy",
  "refund.requested": "Refund requested",
  "refund.approved": "Refund request approved",
  "refund.declined": "Refund request declined",
  "coupon.created": "Coupon created",
  "coupon.enabled": "Coupon enabled",
  "coupon.disabled": "Coupon disabled",
  "advisor.created": "Advisor added",
  "advisor.enabled": "Advisor enabled",
  "advisor.disabled": "Advisor disabled",
  "review.hidden": "Review hidden",
  "review.shown": "Review shown again",
  "qa.post_hidden": "Q&A post hidden",
  "qa.post_restored": "Q&A post restored",
  "studio.course_published": "Course published",
  "studio.course_imported": "Course imported",
  "studio.project_archived": "Project archived",
  "studio.project_restored": "Project restored",
  "studio.project_deleted": "Project deleted",
  "ops.pages_purged": "Purged cached pages",
  "ops.outbox_retried": "Retried an outbox message",
  "api_key.created": "API key created",
  "api_key.revoked": "API key revoked",
  "enrollment.granted": "Enrolled a person (API)",
  "enrollment.revoked": "Revoked an enrolment (API)",
  "webhook.created": "Webhook endpoint registered",
  "webhook.secret_rotated": "Webhook secret rotated",
  "webhook.deleted": "Webhook endpoint deleted",
  "user.created": "Created an account (API)",
};

export function auditLabel(action: string): string {
  return (AUDIT_LABELS as Record<string, string>)[action] ?? humanize(action.replace(/[._]/g, " "));
}

const KEY_LABELS: Record<string, string> = {
  from: "From",
  to: "To",
  email: "Email tried",
  provider: "Signed in with",
  reason: "Reason",
  anonymised: "Reviews and posts anonymised",
  amountCents: "Amount",
  refundId: "Refund",
  code: "Code",
  userId: "Account",
  lessons: "Lessons published",
  created: "Lessons added",
  changed: "Lessons changed",
  droppedHere: "Pages dropped",
  course: "Course",
  rating: "Stars",
  author: "By",
};

const PROVIDERS: Record<string, string> = { credentials: "email and password", email: "a sign-in link" };

/** "droppedHere" → "Dropped here": a fallback for keys written after this list. */
function humanize(text: string): string {
  const spaced = text.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

function formatValue(key: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if ((key === "from" || key === "to") && typeof value === "string" && value in ROLE_LABELS)
    return ROLE_LABELS[value as UserRole];
  if (key === "provider" && typeof value === "string") return PROVIDERS[value] ?? value;
  if (key === "amountCents" && typeof value === "number") return `${(value / 100).toFixed(2)}`;
  if (key === "reason" && value === "disabled") return "the account is disabled";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

const KEY_ORDER = Object.keys(KEY_LABELS);
/** Known keys in the list's order (jsonb keeps no insertion order), then any others by name. */
function keyRank(key: string): number {
  const index = KEY_ORDER.indexOf(key);
  return index === -1 ? KEY_ORDER.length : index;
}

/** The details stored with an event, as "Label: value" parts; keys the subject already names are left out. */
export function describeAuditMeta(meta: unknown, omit: readonly string[] = []): string[] {
  if (!meta || typeof meta !== "object" || Array.isArray(meta)) return [];
  return Object.entries(meta as Record<string, unknown>)
    .filter(([key]) => !omit.includes(key))
    .sort(([a], [b]) => keyRank(a) - keyRank(b) || a.localeCompare(b))
    .map(([key, value]) => `${KEY_LABELS[key] ?? humanize(key)}: ${formatValue(key, value)}`);
}
