// The body every attempt of a delivery sends: small and versioned.
import { PAYLOAD_VERSION, type WebhookEventData } from "./events";

export function webhookBody(event: { id: string; type: string; timestamp: string; data: WebhookEventData }): string {
  return JSON.stringify({
    id: event.id,
    type: event.type,
    version: PAYLOAD_VERSION,
    timestamp: event.timestamp,
    data: event.data,
  });
}
