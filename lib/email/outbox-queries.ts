import { db } from "../db/client";

export async function listOutbox({ to, take = 50 }: { to?: string; take?: number } = {}) {
  return db.emailOutbox.findMany({
    where: to ? { to: { equals: to, mode: "insensitive" } } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, to: true, subject: true, text: true, kind: true, createdAt: true },
  });
}
