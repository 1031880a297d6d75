import { db } from "../db/client";
import { mayHavePublicProfile } from "./public-profile";

export async function getProfile(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      name: true,
      email: true,
      timeZone: true,
      hour12: true,
      bio: true,
      role: true,
      passwordHash: true,
      createdAt: true,
      accounts: { select: { provider: true } },
    },
  });
  return {
    name: user.name,
    email: user.email,
    timeZone: user.timeZone,
    hour12: user.hour12,
    bio: user.bio,
    hasPublicProfile: mayHavePublicProfile(user.role),
    hasPassword: Boolean(user.passwordHash),
    createdAt: user.createdAt,
    providers: user.accounts.map((account) => account.provider),
  };
}
