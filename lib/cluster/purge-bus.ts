// Carries page purges between app instances over PostgreSQL LISTEN/NOTIFY on DATABASE_URL.
// Why PostgreSQL and not Redis pub/sub: every multi-instance deployment already shares one PostgreSQL (PGlite
// is single-process by nature), while Redis is optional and only backs rate limits, which fall back per
// process when it is down; a purge bus on Redis would add a second thing whose outage leaves pages stale.
// A listener that loses its connection cannot know what it missed, so on reconnecting it purges everything.
// Publishes go out one at a time on the bus's one connection (pg deprecates a query sent while another runs).
import { randomUUID } from "node:crypto";
import pg from "pg";
import { z } from "zod";
import { logger } from "../observability/logger";

export const PURGE_CHANNEL = "ba_page_purge";
const messageSchema = z.object({ from: z.string().max(64), prefix: z.string().startsWith("/").max(2_000) });

export type PurgeBus = {
  instanceId: string;
  publish: (prefix: string) => Promise<void>;
  /** Resolves once the bus first listens (and so hears every purge published from then on). */
  listening: Promise<void>;
  stop: () => Promise<void>;
};

/** `onPurge` runs for every purge another instance published (and with "/" after a reconnect). */
export function startPurgeBus(databaseUrl: string, onPurge: (prefix: string) => void, reconnectMs = 1_000): PurgeBus {
  const instanceId = randomUUID();
  let client: pg.Client | null = null;
  let connected = false;
  let stopped = false;
  let everConnected = false;
  let retry: NodeJS.Timeout | undefined;
  // The last publish queued: each waits for the one before it, whatever that one's outcome.
  let queue: Promise<unknown> = Promise.resolve();
  let markListening = () => {};
  const listening = new Promise<void>((resolve) => (markListening = resolve));

  const reconnectLater = () => {
    connected = false;
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, reconnectMs);
    retry.unref();
  };

  async function connect() {
    const next = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 3_000, keepAlive: true });
    next.on("error", () => reconnectLater());
    next.on("end", () => reconnectLater());
    next.on("notification", (message) => {
      const parsed = messageSchema.safeParse(safeJson(message.payload));
      if (parsed.success && parsed.data.from !== instanceId) onPurge(parsed.data.prefix);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${PURGE_CHANNEL}`);
    } catch {
      await next.end().catch(() => {});
      reconnectLater();
      return;
    }
    if (stopped) return void (await next.end().catch(() => {}));
    client = next;
    connected = true;
    if (everConnected) {
      logger().info("purge bus reconnected: purging every cached page in case a purge was missed");
      onPurge("/");
    }
    everConnected = true;
    markListening();
  }

  void connect();
  return {
    instanceId,
    listening,
    publish(prefix) {
      const send = async () => {
        if (!connected || !client) {
          logger().warn({ prefix }, "purge bus not connected: other instances keep this page until it expires");
          return;
        }
        await client.query("SELECT pg_notify($1, $2)", [PURGE_CHANNEL, JSON.stringify({ from: instanceId, prefix })]);
      };
      const sent = queue.then(send, send);
      queue = sent.catch(() => {});
      return sent;
    },
    async stop() {
      stopped = true;
      clearTimeout(retry);
      await client?.end().catch(() => {});
    },
  };
}

function safeJson(text: string | undefined): unknown {
  try {
    return JSON.parse(text ?? "");
  } catch {
    return null;
  }
}
