// Notification kinds, the mail categories a person sets preferences for, and the words for each. Pure.
import type { MailPreference, NotificationKind } from "../db/generated/enums";

export const MAIL_CATEGORIES = ["replies", "mentions", "moderation"] as const;
export type MailCategory = (typeof MAIL_CATEGORIES)[number];

export const CATEGORY_OF: Record<NotificationKind, MailCategory> = {
  REPLY: "replies",
  ACCEPTED: "replies",
  STAFF_ANSWER: "replies",
  MENTION: "mentions",
  POST_HIDDEN: "moderation",
  POST_RESTORED: "moderation",
  // The review's own mail goes with the review (lib/projects/review-service.ts): the row is written as mailed,
  // so neither an instant mail nor a digest repeats it, whatever the preference says.
  PROJECT_REVIEWED: "replies",
};

export const CATEGORY_LABEL: Record<MailCategory, string> = {
  replies: "Answers to your questions, accepted answers and staff answers in threads you follow",
  mentions: "Someone mentions you with @",
  moderation: "Staff hide or restore one of your posts",
};

export const PREFERENCE_LABEL: Record<MailPreference, string> = {
  INSTANT: "Right away",
  DIGEST: "Daily digest",
  OFF: "Off",
};

/** What the notification says, in a sentence (the list and the mail's subject). */
export function describeNotification(kind: NotificationKind, actor: string, thread: string): string {
  switch (kind) {
    case "REPLY":
      return `${actor} answered “${thread}”`;
    case "ACCEPTED":
      return `${actor} accepted your answer to “${thread}”`;
    case "STAFF_ANSWER":
      return `${actor} (course staff) answered “${thread}”, a thread you follow`;
    case "MENTION":
      return `${actor} mentioned you in “${thread}”`;
    case "POST_HIDDEN":
      return `Course staff hid your post in “${thread}”`;
    case "POST_RESTORED":
      return `Course staff restored your post in “${thread}”`;
    case "PROJECT_REVIEWED":
      return `${actor} reviewed your project “${thread}”`;
  }
}
