// Writing a side effect: one row in the same transaction as the change it follows, so the effect happens if and
// only if the change commits. Callers wake the deliverer after the commit with kickOutbox().
import type { Prisma } from "../db/generated/client";
import type { OutboxTopic, PayloadOf } from "./topics";

type Tx = Prisma.TransactionClient;

export type EnqueueOptions = {
  /** At most one message per key, ever: a second enqueue with the same key adds nothing. */
  dedupeKey?: string;
  /** Not before this moment (e.g. a reminder); now when unset. */
  notBefore?: Date;
};

export async function enqueue<T extends OutboxTopic>(
  tx: Tx,
  topic: T,
  payload: PayloadOf<T>,
  options: EnqueueOptions = {},
): Promise<void> {
  const data = {
    topic,
    payload: payload as Prisma.InputJsonValue,
    dedupeKey: options.dedupeKey ?? null,
    ...(options.notBefore ? { nextAttemptAt: options.notBefore } : {}),
  };
  if (!options.dedupeKey) {
    await tx.outboxMessage.create({ data });
    return;
  }
  // Not create-and-catch: a unique violation would abort the caller's whole PostgreSQL transaction.
  await tx.outboxMessage.createMany({ data: [data], skipDuplicates: true });
}
