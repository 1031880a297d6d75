// /api/ready agrees with the server's database gate (lib/ops/readiness.ts): while the gate answers 503 the
// instance is not ready, even when the app's own pool reaches the database again before the monitor has looked;
// asking then makes the monitor look at once, and ready follows the gate's opening, never precedes it.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { lifecycle } from "@/lib/ops/lifecycle";
import { checkReadiness } from "@/lib/ops/readiness";
import { useTestDatabase } from "@/tests/helpers/test-db";

const state = lifecycle();
const saved = { probe: state.probeDatabase, checks: [...state.readinessChecks], reachable: state.databaseReachable };

beforeAll(async () => {
  await useTestDatabase();
  state.readinessChecks.length = 0;
});

afterAll(() => {
  state.probeDatabase = saved.probe;
  state.readinessChecks.splice(0, state.readinessChecks.length, ...saved.checks);
  state.databaseReachable = saved.reachable;
});

describe("checkReadiness and the gate", () => {
  it("is not ready while the gate is closed though the database answers, and asks the monitor to probe", async () => {
    const probe = vi.fn();
    state.probeDatabase = probe;
    state.databaseReachable = false;
    expect(await checkReadiness()).toEqual({
      ready: false,
      checks: { accepting: true, database: false, migrations: false },
    });
    expect(probe).toHaveBeenCalledTimes(1);

    // The monitor's probe succeeded: the gate opens, and only now is the instance ready.
    state.databaseReachable = true;
    expect(await checkReadiness()).toEqual({
      ready: true,
      checks: { accepting: true, database: true, migrations: true },
    });
    expect(probe).toHaveBeenCalledTimes(1);
  });
});
