// Work that must follow a commit but is not a side effect to deliver (those go to the outbox, lib/outbox):
// dropping cached pages the change made stale. Collected inside the transaction, run after it commits.
export type AfterCommit = () => Promise<void>;

/** Runs each follow-up of a committed transaction; one failure does not stop the rest. Returns the failures. */
export async function runAfterCommit(effects: AfterCommit[]): Promise<unknown[]> {
  const failures: unknown[] = [];
  for (const effect of effects) {
    try {
      await effect();
    } catch (error) {
      failures.push(error);
    }
  }
  return failures;
}
