// Next's cache of rendered pages can be revalidated only from inside a request Next is handling. Code that changes
// content outside one (the server's own doors, lib/http/web-endpoints.ts, and the job runner in the same process)
// hands the path to the reviser the server registers here, which asks its own Next over loopback
// (lib/cluster/internal-revalidate.ts). With none registered (scripts, tests) there is no Next cache to revalidate.
import { processWide } from "../process-wide";

type Reviser = (prefix: string) => void;
const holder = processWide("revalidate-outside-next", () => ({ reviser: null as Reviser | null }));

/** Set by the server: how a path is revalidated in its Next from outside a Next request. */
export function onRevalidateOutsideNext(reviser: Reviser | null): void {
  holder.reviser = reviser;
}

/**
 * Revalidates `path` (a page, or a route pattern with [segments]) in this process's Next from outside a Next
 * request: the page and everything under its static part, a little more than asked, never less.
 */
export function revalidateOutsideNext(path: string): void {
  const staticPart = path.split("/[", 1)[0] || "/";
  holder.reviser?.(staticPart);
}
