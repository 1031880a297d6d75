import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "../env";

const SECRET_FILE = path.join(".data", "auth-secret");
let cached: string | undefined;

/**
 * NEXTAUTH_SECRET when set (required in production). Without it, a random secret is created once
 * in .data/ so a local install signs sessions with a key nobody else knows, and keeps them across restarts.
 */
export function getAuthSecret(): string {
  if (cached) return cached;
  const configured = env().NEXTAUTH_SECRET;
  if (configured) return (cached = configured);
  try {
    cached = readFileSync(SECRET_FILE, "utf8").trim();
  } catch {
    cached = "";
  }
  if (cached.length < 32) {
    cached = randomBytes(32).toString("base64url");
    mkdirSync(path.dirname(SECRET_FILE), { recursive: true });
    // "wx" fails if another process wrote the file first; then read theirs.
    try {
      writeFileSync(SECRET_FILE, cached, { flag: "wx", mode: 0o600 });
      chmodSync(SECRET_FILE, 0o600);
    } catch {
      const existing = readFileSync(SECRET_FILE, "utf8").trim();
      if (existing.length >= 32) cached = existing;
      else writeFileSync(SECRET_FILE, cached, { mode: 0o600 });
    }
  }
  return cached;
}
