import { recordAudit } from "../audit/record-audit";
import { purgeCachedPages } from "../http/page-cache";

/** An admin drops cached copies of pages under `prefix` on every instance; the audit row says who and what. */
export async function purgePages(actorId: string, prefix: string, ip: string): Promise<{ dropped: number }> {
  const dropped = purgeCachedPages(prefix);
  await recordAudit({ actorId, action: "ops.pages_purged", targetType: "Path", targetId: prefix, ip, meta: { droppedHere: dropped } });
  return { dropped };
}
