// Watches whether PostgreSQL answers (the primary, and the read replica when there is one), from the server
// process (scripts/serve.ts), on its own one-connection pool so a busy app pool cannot hide an outage. Probes
// every few seconds while up, every second while down, at once when a request loses its connection (the gate has
// answered that request 503 already, lib/ops/db-gate.ts) or the app answers a 5xx, and at once when /api/ready
// reaches the database while the gate is still closed; the app's own pool reconnects by itself when it returns.
import pg from "pg";
import { logger } from "../observability/logger";
import { lifecycle } from "./lifecycle";

export type DbMonitor = {
  probeNow: () => void;
  /**
   * A request just failed: probe now (or join the probe under way) and resolve whether the database answers.
   * A failed probe then declares it down at once: the request's failure was the first sign, the probe the second.
   */
  checkAfterFailure: () => Promise<boolean>;
  stop: () => Promise<void>;
};

type MonitorOptions = {
  intervals?: { upMs: number; downMs: number };
  /** Told each time the database is found down or up again (after the first probe that changes it). */
  onChange?: (up: boolean) => void;
};

/** The primary: while it is down the server answers 503 (lib/ops/db-gate.ts) and /api/ready fails. */
export function startDbMonitor(databaseUrl: string, options: MonitorOptions = {}): DbMonitor {
  const state = lifecycle();
  const monitor = watchDatabase(databaseUrl, options.intervals, state.databaseReachable, (up) => {
    state.databaseReachable = up;
    if (up) logger().info("database reachable again");
    else logger().error("database unreachable: answering 503 to requests that need it");
    options.onChange?.(up);
  });
  // /api/ready asks for a probe when it reaches the database while the gate is closed (lib/ops/readiness.ts).
  state.probeDatabase = monitor.probeNow;
  return monitor;
}

/**
 * The read replica (DATABASE_REPLICA_URL): while it is down its reads go to the primary (getReplicaDb), and
 * nothing else changes: the instance stays ready, since the primary can serve everything.
 */
export function startReplicaMonitor(replicaUrl: string, onChange: (up: boolean) => void): DbMonitor {
  return watchDatabase(replicaUrl, undefined, true, (up) => {
    if (up) logger().info("read replica reachable again: the catalogue reads from it");
    else logger().error("read replica unreachable: the catalogue reads from the primary until it returns");
    onChange(up);
  });
}

function watchDatabase(
  databaseUrl: string,
  intervals = { upMs: 3_000, downMs: 1_000 },
  initiallyUp: boolean,
  changed: (up: boolean) => void,
): DbMonitor {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 1,
    connectionTimeoutMillis: 2_000,
    idleTimeoutMillis: 0,
  });
  pool.on("error", () => {}); // a dropped idle connection: the next probe reconnects
  let reachable = initiallyUp;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let failures = 0;
  let underWay: Promise<boolean> | null = null;
  // Set when a failed request asked for the probe under way: its failure counts as the second sign.
  let requestFailed = false;

  const schedule = (delayMs?: number) => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void probe(), delayMs ?? (reachable ? intervals.upMs : intervals.downMs));
    timer.unref();
  };
  async function runProbe(): Promise<boolean> {
    let up: boolean;
    try {
      await pool.query({ text: "SELECT 1", query_timeout: 2_000 } as pg.QueryConfig);
      up = true;
    } catch {
      up = false;
    }
    if (stopped) return up;
    // Down only after two signs in a row (two failed probes, or a failed request and a failed probe): one slow
    // connect on a loaded machine is not an outage.
    failures = up ? 0 : failures + 1;
    const sure = up || failures >= 2 || requestFailed;
    requestFailed = false;
    if (!sure) {
      schedule(intervals.downMs);
      return up;
    }
    if (up !== reachable) {
      reachable = up;
      changed(up);
    }
    schedule();
    return up;
  }
  // One probe at a time; whoever asks meanwhile gets the verdict of the one under way.
  const probe = (): Promise<boolean> =>
    (underWay ??= runProbe().finally(() => {
      underWay = null;
    }));
  schedule();
  return {
    probeNow: () => void probe(),
    checkAfterFailure: () => {
      requestFailed = true;
      return probe();
    },
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await pool.end().catch(() => {});
    },
  };
}
