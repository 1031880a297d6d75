import { revalidatePath } from "next/cache";
import { recordAudit } from "../audit/record-audit";
import { invalidateCatalogCache } from "../cache/memo";
import { purgeCachedPages } from "../http/page-cache";

/**
 * An admin drops cached copies of pages under `prefix` on every instance; the audit row says who and what.
 * Here, Next's copy and the memoised content go first, so a request in between cannot refill the page cache
 * with the old page; the other instances do the same when the purge reaches them (scripts/serve.ts).
 */
export async function purgePages(
  actorId: string,
  prefix: string,
  ip: string,
  revalidate: (path: string) => void = revalidateUnder,
): Promise<{ dropped: number }> {
  invalidateCatalogCache();
  revalidate(prefix);
  const dropped = purgeCachedPages(prefix);
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

function revalidateUnder(path: string) {
  try {
    revalidatePath(path);
    revalidatePath(path, "layout");
  } catch {
    // Called outside a request Next is handling (a script, a test): there is no Next cache here to revalidate.
  }
}
