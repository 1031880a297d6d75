// The serving process's outbox deliverer (lib/worker/round-dispatcher.ts); the job runner's minute sweep
// (outbox.sweep) delivers what it leaves.
import { onOutboxKick } from "../outbox/kick";
import { nextDueAt } from "../outbox/store";
import { deliverOutbox } from "./outbox-delivery";
import { startRoundDispatcher, type RoundDispatcher } from "./round-dispatcher";

export type OutboxDispatcher = RoundDispatcher;

export function startOutboxDispatcher(): OutboxDispatcher {
  return startRoundDispatcher({
    deliver: deliverOutbox,
    nextDueAt,
    onKick: (listener) => onOutboxKick(listener && (async () => listener())),
    failure: "outbox delivery round failed; the minute sweep retries",
  });
}
