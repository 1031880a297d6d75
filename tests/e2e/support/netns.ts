// A second host for the attacker spec: a network namespace joined to this machine by a veth pair, so a
// request can reach the e2e server from an address that is not loopback (198.18.0.0/15 is the range set
// aside for testing; both ends live inside this sandbox).
import { execFileSync } from "node:child_process";

export type TestHost = { address: string; serverAddress: string; curl: (args: string[]) => string; remove: () => void };

const run = (command: string, args: string[]) =>
  execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

export function createTestHost(): TestHost {
  const id = (process.pid % 9000) + 1000;
  const ns = `ba-e2e-${id}`;
  const [hostSide, nsSide] = [`ba${id}h`, `ba${id}n`];
  const third = id % 250;
  const serverAddress = `198.18.${third}.1`;
  const address = `198.18.${third}.2`;
  run("ip", ["netns", "add", ns]);
  try {
    run("ip", ["link", "add", hostSide, "type", "veth", "peer", "name", nsSide]);
    run("ip", ["link", "set", nsSide, "netns", ns]);
    run("ip", ["addr", "add", `${serverAddress}/30`, "dev", hostSide]);
    run("ip", ["link", "set", hostSide, "up"]);
    run("ip", ["netns", "exec", ns, "ip", "addr", "add", `${address}/30`, "dev", nsSide]);
    run("ip", ["netns", "exec", ns, "ip", "link", "set", nsSide, "up"]);
    run("ip", ["netns", "exec", ns, "ip", "link", "set", "lo", "up"]);
  } catch (error) {
    run("ip", ["netns", "del", ns]);
    throw error;
  }
  return {
    address,
    serverAddress,
    // -s quiet, -m bounded; the caller adds -w/-o/-D as needed.
    curl: (args) => run("ip", ["netns", "exec", ns, "curl", "-s", "-m", "10", ...args]),
    remove: () => {
      try {
        run("ip", ["link", "del", hostSide]);
      } finally {
        run("ip", ["netns", "del", ns]);
      }
    },
  };
}
