import { db } from "../db/client";

export async function listOutbox({ to, take = 50 }: { to?: string; take?: number } = {}) {
  return db.emailOutbox.findMany({
    where: to ? { to: { equals: to, mode: "insensitive" } } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, to: true, subject: true, text: true, kind: true, createdAt: true, attachments: true },
  });
}

export type OutboxAttachment = { filename: string; contentType: string; content: string };

/** Attachment `index` of one outbox message, or null. */
export async function getOutboxAttachment(id: string, index: number): Promise<OutboxAttachment | null> {
  const row = await db.emailOutbox.findUnique({ where: { id }, select: { attachments: true } });
  // The column holds what sendMail wrote (OutboxAttachment[]); Prisma types JSON as a generic value.
  const list = Array.isArray(row?.attachments) ? (row.attachments as unknown as OutboxAttachment[]) : [];
  return list[index] ?? null;
}
