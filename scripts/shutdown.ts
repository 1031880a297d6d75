// SIGTERM/SIGINT: stop accepting, let in-flight requests finish (bounded), stop the job runner and anything
// else registered with onShutdown (lib/ops/lifecycle.ts), close the database cleanly, exit 0.
// A second signal exits at once.
import type { Server } from "node:http";
import { closeDb } from "../lib/db/client";
import { logError, logger } from "../lib/observability/logger";
import { lifecycle, runShutdownHooks } from "../lib/ops/lifecycle";

type Options = { graceMs: number; beforeDatabaseCloses: () => Promise<void> };

export function installShutdown(server: Server, { graceMs, beforeDatabaseCloses }: Options) {
  let inFlight = 0;
  server.on("request", (_request, response) => {
    inFlight += 1;
    response.once("close", () => {
      inFlight -= 1;
      // A keep-alive connection whose last answer went out while draining is closed, so it cannot carry another.
      if (lifecycle().draining) response.req.socket.destroySoon();
    });
  });

  let firstSignalAt = 0;
  const stop = async (signal: string) => {
    // npm start forwards the signal its process group also received (Ctrl-C): that copy arrives within
    // milliseconds and is not a person asking twice.
    if (lifecycle().draining && Date.now() - firstSignalAt < 300) return;
    if (lifecycle().draining) {
      logger().warn({ signal }, "second signal: exiting now");
      process.exit(1);
    }
    lifecycle().draining = true;
    firstSignalAt = Date.now();
    logger().info({ signal, inFlight }, "shutting down: no new connections, finishing requests in flight");
    server.close();
    server.closeIdleConnections();
    const deadline = Date.now() + graceMs;
    while (inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
    if (inFlight > 0) logger().warn({ inFlight, graceMs }, "grace period over: closing requests still running");
    server.closeAllConnections();
    await runShutdownHooks(5_000, (name, error) => logError(error, { hook: name }, "shutdown hook failed"));
    await beforeDatabaseCloses().catch((error: unknown) => logError(error, {}, "shutdown step failed"));
    await closeDb().catch((error: unknown) => logError(error, {}, "closing the database failed"));
    logger().info("stopped cleanly");
    // pino writes synchronously to stdout, so the line above is out before the exit.
    process.exit(0);
  };
  process.on("SIGINT", (signal) => void stop(signal));
  process.on("SIGTERM", (signal) => void stop(signal));
}
