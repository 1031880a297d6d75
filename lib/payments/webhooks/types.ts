import type { AfterCommit } from "../../db/after-commit";
import type { Tx } from "../transaction";

export type WebhookContext = { eventId: string; type: string; now: Date };

/** One event type's effect, run inside the transaction that also records the event as processed. */
export type WebhookHandler = (tx: Tx, object: unknown, ctx: WebhookContext) => Promise<AfterCommit[]>;
