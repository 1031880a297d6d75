// Waking the deliverer after a commit. The serving process registers a listener that schedules a delivery
// round in the background (the request does not wait for it); tests register one that delivers before it
// returns. With no listener (a script, a build) the minute sweep of the job runner delivers instead.
import { runAfterCommit, type AfterCommit } from "../db/after-commit";
import { logError } from "../observability/logger";
import { processWide } from "../process-wide";

type Listener = () => Promise<void>;
const holder = processWide("outbox-kick", () => ({ listener: null as Listener | null }));

export function onOutboxKick(listener: Listener | null): void {
  holder.listener = listener;
}

/** Call after a transaction that enqueued something has committed. Never throws. */
export async function kickOutbox(): Promise<void> {
  await holder.listener?.().catch(() => undefined);
}

/** After a commit: the transaction's follow-ups (cache drops), then the deliverer for what it enqueued. */
export async function afterCommit(effects: AfterCommit[] = []): Promise<void> {
  for (const failure of await runAfterCommit(effects)) logError(failure, {}, "a follow-up after commit failed");
  await kickOutbox();
}
