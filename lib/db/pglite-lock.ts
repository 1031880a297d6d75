// One process per embedded database. PGlite writes a postmaster.pid but never checks it: a second process
// opening the same directory runs beside the first, and whatever one of them commits after the other's clean
// close is lost (measured: a writer's rows vanished once a second process had opened and closed the dir). So
// the app claims the directory with a lock file of its own, beside it (not inside, or a backup would carry it).
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { logger } from "../observability/logger";

export class DataDirInUseError extends Error {}

const lockPath = (dataDir: string) => `${path.resolve(dataDir)}.lock`;

/** Alive and not a zombie (a killed process whose parent has not collected it yet holds no files). */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === "EPERM";
    }
  }
}

/**
 * Claims `dataDir` for this process; returns the release function. Refuses a directory another running process
 * holds; reports one whose holder died without closing it (kill -9, a crash, a power cut): PostgreSQL's
 * recovery inside PGlite then replays the write-ahead log, keeping every committed write.
 */
export function claimDataDir(
  dataDir: string,
  warn: (message: string) => void = (message) => logger().warn(message),
): () => void {
  const file = lockPath(dataDir);
  const mine = String(process.pid);
  try {
    writeFileSync(file, mine, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const holder = Number(readFileSync(file, "utf8").trim());
    if (holder !== process.pid && Number.isInteger(holder) && holder > 0 && isRunning(holder))
      throw new DataDirInUseError(
        `The embedded database in ${dataDir} is in use by process ${holder}. PGlite allows one process per ` +
          `directory and two at once lose data: stop that process first (e.g. a server that outlived npm start).`,
      );
    if (holder !== process.pid)
      warn(
        `The embedded database in ${dataDir} was not closed cleanly (process ${holder} stopped without shutting ` +
          `down: kill -9, a crash or a power cut). PGlite recovers it from its write-ahead log now; committed ` +
          `writes are kept, and this can take a few seconds.`,
      );
    writeFileSync(file, mine);
  }
  return () => {
    try {
      if (readFileSync(file, "utf8").trim() === mine) rmSync(file, { force: true });
    } catch {
      // already gone
    }
  };
}
