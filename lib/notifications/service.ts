// Writing notification state: read marks and mail preferences (also through a signed unsubscribe link).
import { db } from "../db/client";
import { DomainError } from "../actions/errors";
import { getAuthSecret } from "../auth/secret";
import type { MailPreference } from "../db/generated/enums";
import { MAIL_CATEGORIES, type MailCategory } from "./categories";
import { readUnsubscribeToken } from "./unsubscribe-token";

export async function markRead(userId: string, id: string): Promise<{ unread: number }> {
  await db.notification.updateMany({
    where: { userId, readAt: null, ...(id ? { id } : {}) },
    data: { readAt: new Date() },
  });
  return { unread: await db.notification.count({ where: { userId, readAt: null } }) };
}

export async function setMailPreferences(
  userId: string,
  choices: Record<MailCategory, MailPreference>,
): Promise<Record<MailCategory, MailPreference>> {
  await db.$transaction(
    MAIL_CATEGORIES.map((category) =>
      db.notificationPreference.upsert({
        where: { userId_category: { userId, category } },
        create: { userId, category, mail: choices[category] },
        update: { mail: choices[category] },
      }),
    ),
  );
  return choices;
}

/** A signed link turns one category's mail off; the same link again changes nothing and still succeeds. */
export async function unsubscribeWithToken(token: string): Promise<{ category: MailCategory }> {
  const read = readUnsubscribeToken(getAuthSecret(), token);
  if (!read) throw new DomainError("This unsubscribe link is not valid. Change your email settings in your profile.");
  const user = await db.user.findUnique({ where: { id: read.userId }, select: { id: true } });
  if (!user) throw new DomainError("This unsubscribe link is not valid. Change your email settings in your profile.");
  await db.notificationPreference.upsert({
    where: { userId_category: { userId: user.id, category: read.category } },
    create: { userId: user.id, category: read.category, mail: "OFF" },
    update: { mail: "OFF" },
  });
  return { category: read.category };
}
