import { z } from "zod";

const preference = z.enum(["INSTANT", "DIGEST", "OFF"], { error: "Choose right away, daily digest or off." });

export const mailPreferencesSchema = z.object({ replies: preference, mentions: preference, moderation: preference });

export const unsubscribeSchema = z.object({
  token: z
    .string()
    .trim()
    .min(1, "This unsubscribe link is incomplete.")
    .max(300, "This unsubscribe link is not ours."),
});

export const markReadSchema = z.object({ id: z.string().trim().max(64).optional().default("") });

export const emptySchema = z.object({});
