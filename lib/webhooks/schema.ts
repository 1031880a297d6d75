import { z } from "zod";
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "./events";

export const WEBHOOK_DESCRIPTION_MAX = 120;
/** Endpoints one person may hold at once. */
export const WEBHOOK_ENDPOINTS_PER_OWNER = 10;
/** How long the previous secret keeps signing after a rotation, in hours (0: stops at once). */
export const ROTATION_OVERLAP_HOURS = ["0", "24", "72"] as const;

/** A form sends each chosen event as its own checkbox, `event:<type>=on`; gathered into one list here. */
function gatherEvents(raw: unknown): unknown {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw;
  const input = raw as Record<string, unknown>;
  if (Array.isArray(input.eventTypes)) return input;
  const eventTypes = Object.keys(input)
    .filter((key) => key.startsWith("event:") && input[key])
    .map((key) => key.slice("event:".length));
  return { ...input, eventTypes };
}

const idSchema = (what: string) => z.string().trim().min(1, `Choose ${what}.`).max(64, `Choose ${what}.`);

export const createWebhookEndpointSchema = z.preprocess(
  gatherEvents,
  z.object({
    url: z
      .string()
      .trim()
      .min(1, "Enter the address that receives the events, for example https://crm.example.com/hooks.")
      .max(2000, "Keep the address to 2,000 characters or fewer."),
    description: z
      .string()
      .trim()
      .max(WEBHOOK_DESCRIPTION_MAX, `Keep the description to ${WEBHOOK_DESCRIPTION_MAX} characters or fewer.`)
      .default(""),
    eventTypes: z
      .array(z.enum(WEBHOOK_EVENT_TYPES, { message: "Choose events from the list." }))
      .min(1, "Choose at least one event to receive.")
      .transform((types) => [...new Set(types)] as WebhookEventType[]),
  }),
);

export const endpointIdSchema = z.object({ endpointId: idSchema("an endpoint") });

export const setWebhookEnabledSchema = z.object({
  endpointId: idSchema("an endpoint"),
  enabled: z.enum(["true", "false"], { message: "Choose on or off." }).transform((value) => value === "true"),
});

export const rotateWebhookSecretSchema = z.object({
  endpointId: idSchema("an endpoint"),
  overlapHours: z
    .enum(ROTATION_OVERLAP_HOURS, { message: "Choose how long the old secret keeps signing." })
    .default("24"),
});

export const resendWebhookSchema = z.object({ deliveryId: idSchema("a delivery") });
