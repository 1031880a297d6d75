// An admin sends a dead outbox message round again (after fixing what made it fail: SMTP settings, a Stripe key).
import { DomainError } from "../actions/errors";
import { recordAudit } from "../audit/record-audit";
import { kickOutbox } from "../outbox/kick";
import { retryDead } from "../outbox/store";

export async function retryOutboxMessage(actorId: string, id: string, ip: string, now: Date = new Date()) {
  if (!(await retryDead(id, now)))
    throw new DomainError("That message is not waiting for a retry any more (it was retried or delivered). Reload.");
  await recordAudit({ actorId, action: "ops.outbox_retried", targetType: "OutboxMessage", targetId: id, ip });
  await kickOutbox();
  return { retried: true as const };
}
