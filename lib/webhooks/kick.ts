// Waking the webhook deliverer once deliveries were queued. The serving process listens (its dispatcher starts a
// round in the background); with no listener the job runner's minute sweep (webhooks.sweep) delivers instead.
import { processWide } from "../process-wide";

type Listener = () => void;
const holder = processWide("webhook-kick", () => ({ listener: null as Listener | null }));

export function onWebhookKick(listener: Listener | null): void {
  holder.listener = listener;
}

export function kickWebhooks(): void {
  holder.listener?.();
}
