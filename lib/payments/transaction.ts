import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";

export type Tx = Prisma.TransactionClient;

/**
 * Payment writes wait their turn rather than fail: many buyers of one cohort queue on its row lock
 * (and PGlite runs one transaction at a time), so the wait and run limits are longer than Prisma's defaults.
 */
export function paymentTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(work, { maxWait: 30_000, timeout: 30_000 });
}

export async function lockPayment(tx: Tx, paymentId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Payment" WHERE id = ${paymentId} FOR UPDATE`;
}
