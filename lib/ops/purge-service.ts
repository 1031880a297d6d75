import { recordAudit } from "../audit/record-audit";
import { invalidatePages } from "../cache/invalidate";

/**
 * An admin drops cached copies of pages under `prefix` on every instance; the audit row says who and what.
 * Here, Next's copy and the memoised content go first, so a request in between cannot refill the page cache
 * with the old page; the other instances do the same when the purge reaches them (scripts/serve.ts).
 */
export async function purgePages(actorId: string, prefix: string, ip: string): Promise<{ dropped: number }> {
  const dropped = invalidatePages(prefix);
  await recordAudit({
    actorId,
    action: "ops.pages_purged",
    targetType: "Path",
    targetId: prefix,
    ip,
    meta: { droppedHere: dropped },
  });
  return { dropped };
}
