// Whether the read replica answers, as the server's replica monitor (lib/ops/db-monitor.ts) last found it. The
// server and the app's bundled code load this module separately: they share the answer through a symbol.
const KEY = Symbol.for("backend-academy.replica-reachable");
type Holder = { [KEY]?: boolean };

export function setReplicaReachable(up: boolean): void {
  (globalThis as Holder)[KEY] = up;
}

/** True until the monitor finds the replica down (and without a monitor: a lone process trusts its replica). */
export function replicaReachable(): boolean {
  return (globalThis as Holder)[KEY] ?? true;
}
