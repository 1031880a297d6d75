// What counts as a lost database connection (lib/db/connection-failure.ts), on the errors the real clients throw
// against loopback ports (one nobody listens on, one that hangs up at once), and how it is noted per request.
import { createServer, type Server } from "node:net";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPgClient } from "@/lib/db/client";
import {
  isConnectionFailure,
  noteConnectionFailure,
  onConnectionFailure,
  recordingFailures,
  type FailureRecord,
} from "@/lib/db/connection-failure";

let closedPort = 0;
let hangsUp: Server;
let hangUpPort = 0;

beforeAll(async () => {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
  hangsUp = createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => hangsUp.listen(0, "127.0.0.1", resolve));
  hangUpPort = (hangsUp.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => hangsUp.close(resolve));
});

async function caught(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

async function pgError(port: number) {
  const client = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` });
  client.on("error", () => {});
  return caught(() => client.connect());
}

describe("isConnectionFailure", () => {
  it("recognises node-postgres's refused and hung-up connections", async () => {
    expect(isConnectionFailure(await pgError(closedPort))).toBe(true);
    const hungUp = await pgError(hangUpPort);
    expect(String(hungUp)).toMatch(/Connection terminated/);
    expect(isConnectionFailure(hungUp)).toBe(true);
  });

  it("recognises Prisma's error for an unreachable server, from the app's own client", async () => {
    const client = createPgClient(`postgres://postgres@127.0.0.1:${closedPort}/postgres`);
    const error = await caught(() => client.user.findFirst());
    await client.$disconnect();
    expect(error).toMatchObject({ code: "P1001" });
    expect(isConnectionFailure(error)).toBe(true);
  });

  it("recognises a server shutting down (57P01) and a failure wrapped as a cause", () => {
    const shutdown = Object.assign(new Error("terminating connection due to administrator command"), {
      code: "57P01",
    });
    expect(isConnectionFailure(shutdown)).toBe(true);
    expect(isConnectionFailure(new Error("render failed", { cause: shutdown }))).toBe(true);
    const adapted = Object.assign(new Error("raw query failed"), {
      code: "P2010",
      meta: { driverAdapterError: { cause: { kind: "postgres", originalCode: "57P01" } } },
    });
    expect(isConnectionFailure(adapted)).toBe(true);
  });

  it("does not take a wrong query, a constraint or a plain error for a lost connection", () => {
    expect(isConnectionFailure(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }))).toBe(false);
    expect(isConnectionFailure(Object.assign(new Error('relation "x" does not exist'), { code: "42P01" }))).toBe(false);
    expect(isConnectionFailure(new Error("Something else"))).toBe(false);
    expect(isConnectionFailure(undefined)).toBe(false);
    expect(isConnectionFailure("ECONNREFUSED")).toBe(false);
  });
});

describe("noteConnectionFailure", () => {
  it("marks the request it runs in, and only that one, and tells the listener", async () => {
    const listener = vi.fn();
    onConnectionFailure(listener);
    const refused = await pgError(closedPort);
    const failed: FailureRecord = { lostConnection: false, answeredUnavailable: false };
    const other: FailureRecord = { lostConnection: false, answeredUnavailable: false };
    await Promise.all([
      recordingFailures(failed, async () => {
        await new Promise((resolve) => setImmediate(resolve));
        expect(noteConnectionFailure(refused)).toBe(true);
      }),
      recordingFailures(other, async () => {
        await new Promise((resolve) => setImmediate(resolve));
        expect(noteConnectionFailure(new Error("a bug"))).toBe(false);
      }),
    ]);
    onConnectionFailure(undefined);
    expect([failed.lostConnection, other.lostConnection]).toEqual([true, false]);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("notes a failure the app's Prisma client meets, without the caller doing anything", async () => {
    const client = createPgClient(`postgres://postgres@127.0.0.1:${closedPort}/postgres`);
    const record: FailureRecord = { lostConnection: false, answeredUnavailable: false };
    await recordingFailures(record, () => caught(() => client.$queryRaw`SELECT 1`));
    await client.$disconnect();
    expect(record.lostConnection).toBe(true);
  });
});
