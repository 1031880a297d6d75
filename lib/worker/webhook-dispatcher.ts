// The serving process's webhook deliverer (lib/worker/round-dispatcher.ts): a fan-out's kick starts a round; the job
// runner's minute sweep (webhooks.sweep) catches whatever a crash left behind, on any instance.
import { deliverDueWebhooks } from "../webhooks/deliver";
import { onWebhookKick } from "../webhooks/kick";
import { nextDeliveryDueAt } from "../webhooks/store";
import { startRoundDispatcher, type RoundDispatcher } from "./round-dispatcher";

export function startWebhookDispatcher(): RoundDispatcher {
  return startRoundDispatcher({
    deliver: deliverDueWebhooks,
    nextDueAt: nextDeliveryDueAt,
    onKick: onWebhookKick,
    failure: "webhook delivery round failed; the minute sweep retries",
  });
}
