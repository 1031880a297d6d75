// Before any browser starts: the attacker spec's second host (tests/e2e/support/netns.ts). What it returns runs
// after the last test.
import { createTestHost } from "./netns";
import { FIRST_PORT } from "./servers";

export default function globalSetup(): () => void {
  return createTestHost(FIRST_PORT);
}
