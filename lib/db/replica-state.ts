// Whether the read replica answers, as the server's replica monitor (lib/ops/db-monitor.ts) last found it. The
// server and the app's bundled code load this module separately: they share one process-wide record.
import { processWide } from "../process-wide";

// True until the monitor finds the replica down (and without a monitor: a lone process trusts its replica).
const replica = () => processWide("replica-reachable", () => ({ up: true }));

export function setReplicaReachable(up: boolean): void {
  replica().up = up;
}

export function replicaReachable(): boolean {
  return replica().up;
}
