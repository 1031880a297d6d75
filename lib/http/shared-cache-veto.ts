// A page whose headers say "shareable" (fixed in next.config.ts) can still decide, while it renders, that this
// one answer is not: the catalogue's "Search paused" is for one rate-limited visitor, not for everyone who
// asks the same search. The server wraps each request in a context (scripts/serve.ts, with-page-cache.ts);
// the page marks it, and the server neither stores the answer nor lets it out marked public.
import { AsyncLocalStorage } from "node:async_hooks";
import { processWide } from "../process-wide";

type Shareability = { shareable: boolean };

// The server and the app's bundled code load this module separately: they meet through one process-wide store.
function storage(): AsyncLocalStorage<Shareability> {
  return processWide("shared-cache-veto", () => new AsyncLocalStorage<Shareability>());
}

/** One request's context: run its handling inside it; `vetoed()` tells whether the page marked it. */
export function vetoableRequest(): { run: <T>(handle: () => T) => T; vetoed: () => boolean } {
  const state: Shareability = { shareable: true };
  return { run: (handle) => storage().run(state, handle), vetoed: () => !state.shareable };
}

/** Called by a page while rendering: this answer is for this visitor only. A no-op outside the server. */
export function keepOutOfSharedCaches(): void {
  const state = storage().getStore();
  if (state) state.shareable = false;
}

/** What a vetoed answer says instead of its page's public Cache-Control. */
export const VETOED_CACHE_CONTROL = "private, no-cache";
