import { db } from "../db/client";

export async function getProfile(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      name: true,
      email: true,
      timeZone: true,
      passwordHash: true,
      createdAt: true,
      accounts: { select: { provider: true } },
    },
  });
  return {
    name: user.name,
    email: user.email,
    timeZone: user.timeZone,
    hasPassword: Boolean(user.passwordHash),
    createdAt: user.createdAt,
    providers: user.accounts.map((account) => account.provider),
  };
}
