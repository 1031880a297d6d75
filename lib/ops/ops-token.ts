// A secret shared by the running server and the operator's commands on this machine (`npm run db:backup`):
// a random token in .data/ops-token, readable by this user only. The ops endpoints ask for it, so being on
// this machine is never enough on its own.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const OPS_TOKEN_FILE = path.join(process.cwd(), ".data", "ops-token");

/** The token, made on first use by whichever process comes first. */
export function opsToken(): string {
  try {
    return readFileSync(OPS_TOKEN_FILE, "utf8").trim();
  } catch {
    mkdirSync(path.dirname(OPS_TOKEN_FILE), { recursive: true });
    try {
      writeFileSync(OPS_TOKEN_FILE, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
    } catch {
      // another process made it meanwhile: read theirs
    }
    return readFileSync(OPS_TOKEN_FILE, "utf8").trim();
  }
}

/** Whether an Authorization header carries the ops token. */
export function hasOpsToken(authorization: string | null): boolean {
  const given = authorization?.match(/^Bearer (\S+)$/i)?.[1];
  if (!given) return false;
  const [a, b] = [Buffer.from(given), Buffer.from(opsToken())];
  return a.length === b.length && timingSafeEqual(a, b);
}
