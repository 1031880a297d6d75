// A second host for the attacker spec: a network namespace joined to this machine by a veth pair, so a
// request can reach the e2e server from an address that is not loopback (198.18.0.0/15 is the range set
// aside for testing; both ends live inside this sandbox).
// It is made once, before any browser starts (tests/e2e/support/global-setup.ts), and removed after the last
// test: adding or removing an address is a network change to every Chromium on the machine, which then fails the
// request it has in flight (net::ERR_NETWORK_CHANGED), as a sign-in in the other worker did when the spec made
// the host in its own beforeAll.
import { execFileSync } from "node:child_process";

export type TestHost = { address: string; serverAddress: string; curl: (args: string[]) => string };
type Names = { ns: string; hostSide: string; nsSide: string; address: string; serverAddress: string };

const run = (command: string, args: string[]) =>
  execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

/** Where the global setup leaves the host's names for the workers (or why it could not make it). */
const ENV_HOST = "E2E_TEST_HOST";
const ENV_ERROR = "E2E_TEST_HOST_ERROR";

function namesFor(key: number): Names {
  const id = (key % 9000) + 1000;
  const third = id % 250;
  return {
    ns: `ba-e2e-${id}`,
    hostSide: `ba${id}h`,
    nsSide: `ba${id}n`,
    serverAddress: `198.18.${third}.1`,
    address: `198.18.${third}.2`,
  };
}

function remove({ ns, hostSide }: Names) {
  try {
    run("ip", ["link", "del", hostSide]);
  } finally {
    run("ip", ["netns", "del", ns]);
  }
}

/** Removes whatever part of the host there is; a part that is not there is no error. */
function removeWhatIsLeft(names: Names) {
  try {
    remove(names);
  } catch {
    // nothing left
  }
}

/**
 * Makes the host (keyed by the first e2e port, so two runs on other ports do not meet) and returns its removal.
 * A failure (not root, no `ip`) is left for the attacker spec to report; the other specs do not need the host.
 */
export function createTestHost(key: number): () => void {
  const names = namesFor(key);
  const { ns, hostSide, nsSide, address, serverAddress } = names;
  // What a run on the same port left when it was killed before its teardown.
  removeWhatIsLeft(names);
  try {
    run("ip", ["netns", "add", ns]);
    run("ip", ["link", "add", hostSide, "type", "veth", "peer", "name", nsSide]);
    run("ip", ["link", "set", nsSide, "netns", ns]);
    run("ip", ["addr", "add", `${serverAddress}/30`, "dev", hostSide]);
    run("ip", ["link", "set", hostSide, "up"]);
    run("ip", ["netns", "exec", ns, "ip", "addr", "add", `${address}/30`, "dev", nsSide]);
    run("ip", ["netns", "exec", ns, "ip", "link", "set", nsSide, "up"]);
    run("ip", ["netns", "exec", ns, "ip", "link", "set", "lo", "up"]);
  } catch (error) {
    removeWhatIsLeft(names);
    process.env[ENV_ERROR] = error instanceof Error ? error.message : String(error);
    return () => undefined;
  }
  process.env[ENV_HOST] = JSON.stringify(names);
  return () => remove(names);
}

/** The host the global setup made, for a spec in a worker; throws with the reason when there is none. */
export function testHost(): TestHost {
  const made = process.env[ENV_HOST];
  if (!made)
    throw new Error(
      `no second host for the attacker spec (needs root and iproute2): ${process.env[ENV_ERROR] ?? "not made"}`,
    );
  const { ns, address, serverAddress } = JSON.parse(made) as Names;
  // -s quiet, -m bounded; the caller adds -w/-o/-D as needed.
  return {
    address,
    serverAddress,
    curl: (args) => run("ip", ["netns", "exec", ns, "curl", "-s", "-m", "10", ...args]),
  };
}
