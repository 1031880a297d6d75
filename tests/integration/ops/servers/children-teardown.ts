// vitest globalSetup for the ops servers: before the run and after it, kill any process a test started that is
// still running (see children.ts).
import { killLeftovers } from "./children";

function report(when: string, pids: number[]) {
  if (pids.length) console.warn(`ops servers: killed ${pids.length} leftover process(es) ${when}: ${pids.join(", ")}`);
}

export default function setup() {
  report("from an earlier run", killLeftovers());
  return () => report("after the run", killLeftovers());
}
