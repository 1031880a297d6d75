import { spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("start-up", () => {
  it("exits non-zero with one line naming host and database, never the password, when DATABASE_URL is unreachable", async () => {
    const port = await closedPort();
    const result = spawnSync(
      "npx",
      ["--no-install", "tsx", "--import", "./scripts/server-only/register.mjs", "scripts/prepare-db.ts"],
      {
        env: { ...process.env, DATABASE_URL: `postgres://academy:very-secret-pw@127.0.0.1:${port}/academy_prod` },
        encoding: "utf8",
        timeout: 60_000,
      },
    );
    expect(result.status).toBe(1);
    const lines = result.stderr.split("\n").filter((line) => line.trim() && !line.includes("npm warn"));
    expect(lines).toEqual([expect.stringContaining(`Cannot reach database "academy_prod" on 127.0.0.1:${port}`)]);
    expect(result.stderr + result.stdout).not.toContain("very-secret-pw");
  });

  it("refuses a malformed DATABASE_URL with a message saying what is expected", () => {
    const result = spawnSync(
      "npx",
      ["--no-install", "tsx", "--import", "./scripts/server-only/register.mjs", "scripts/prepare-db.ts"],
      {
        env: { ...process.env, DATABASE_URL: "mysql://root@localhost/db" },
        encoding: "utf8",
        timeout: 60_000,
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("DATABASE_URL must start with postgres:// or postgresql://");
  });
});
