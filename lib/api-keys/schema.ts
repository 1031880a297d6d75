import { z } from "zod";
import { API_SCOPES, type ApiScope } from "./scopes";

export const API_KEY_NAME_MAX = 80;
export const API_KEY_EXPIRY_DAYS = ["7", "30", "90", "365"] as const;
/** Keys one person may hold at once (revoked and expired ones do not count). */
export const API_KEYS_PER_USER = 20;

/** A form sends each chosen scope as its own checkbox, `scope:<name>=on`; gathered into one list here. */
function gatherScopes(raw: unknown): unknown {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw;
  const input = raw as Record<string, unknown>;
  if (Array.isArray(input.scopes)) return input;
  const scopes = Object.keys(input)
    .filter((key) => key.startsWith("scope:") && input[key])
    .map((key) => key.slice("scope:".length));
  return { ...input, scopes };
}

export const createApiKeySchema = z.preprocess(
  gatherScopes,
  z.object({
    name: z
      .string()
      .trim()
      .min(1, "Name the key after what will use it, for example “CRM sync”.")
      .max(API_KEY_NAME_MAX, `Keep the name to ${API_KEY_NAME_MAX} characters or fewer.`),
    scopes: z
      .array(z.enum(API_SCOPES, { message: "Choose scopes from the list." }))
      .min(1, "Choose at least one scope: what the key may read or change.")
      .transform((scopes) => [...new Set(scopes)] as ApiScope[]),
    expiresInDays: z
      .union([z.literal(""), z.enum(API_KEY_EXPIRY_DAYS)], { message: "Choose when the key expires, or never." })
      .default(""),
    /** Admins only: the service account the key acts for (its email); empty means the admin's own key. */
    forEmail: z.string().trim().max(254, "That email address is too long.").default(""),
  }),
);

export const revokeApiKeySchema = z.object({
  keyId: z.string().trim().min(1, "Choose a key to revoke.").max(64, "Choose a key to revoke."),
});
