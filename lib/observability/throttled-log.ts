// Some failures repeat on a timer while they last: pg-boss reports each failed poll of each queue (every two
// seconds) for as long as the database is away. One line per message per window is enough to see them; the
// next line after the window says how many were left out.

const MAX_TRACKED = 100;

export function throttledLog(log: (message: string) => void, windowMs = 30_000, now: () => number = Date.now) {
  const seen = new Map<string, { at: number; leftOut: number }>();
  return (message: string) => {
    const at = now();
    const last = seen.get(message);
    if (last && at - last.at < windowMs) {
      last.leftOut += 1;
      return;
    }
    // Messages that vary (an address, an id) must not grow this without end: forget them all at once.
    if (!last && seen.size >= MAX_TRACKED) seen.clear();
    seen.set(message, { at, leftOut: 0 });
    const seconds = last ? Math.round((at - last.at) / 1000) : 0;
    log(last?.leftOut ? `${message} (repeated ${last.leftOut} times in the ${seconds} s before)` : message);
  };
}
