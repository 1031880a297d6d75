// DATABASE_REPLICA_URL: an instance on PostgreSQL whose "replica" is a second database (seeded the same, then
// changed so its catalogue differs) reads the published catalogue from it, while writes and a learner's own
// reads go to the primary. The replica sits behind a TCP proxy the test cuts: its reads then go to the primary.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/prisma/demo-accounts";
import { eventually, seededPostgres, signIn, startServer, type AppServer } from "./harness";
import { startTcpProxy, type TcpProxy } from "./tcp-proxy";
import { callServerAction } from "./server-action";

const serverUrl = process.env.TEST_DATABASE_URL;
const PORT = 3340;
const REPLICA_PROXY_PORT = 3341;
const COURSE = "http-apis-rest-graphql";
const HIDDEN_ON_REPLICA = "nosql-choosing-a-store";

async function sql<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

describe.skipIf(!serverUrl)("a read replica", () => {
  let server: AppServer;
  let primary: { url: string; drop: () => Promise<void> };
  let replica: { url: string; drop: () => Promise<void> };
  let replicaProxy: TcpProxy;

  beforeAll(async () => {
    primary = await seededPostgres(serverUrl!);
    // The replica starts as an exact copy (same ids, as streaming replication would give), then its catalogue
    // is changed so that a page shows which database it was read from.
    const name = `${new URL(primary.url).pathname.slice(1)}_replica`;
    await sql(serverUrl!, `CREATE DATABASE ${name} TEMPLATE ${new URL(primary.url).pathname.slice(1)}`);
    const replicaUrl = new URL(primary.url);
    replicaUrl.pathname = `/${name}`;
    replica = {
      url: replicaUrl.toString(),
      drop: async () => void (await sql(serverUrl!, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
    };
    await sql(replica.url, `UPDATE "Course" SET title = title || ' (replica copy)' WHERE slug = $1`, [COURSE]);
    await sql(replica.url, `UPDATE "Course" SET status = 'DRAFT' WHERE slug = $1`, [HIDDEN_ON_REPLICA]);
    replicaProxy = await startTcpProxy(REPLICA_PROXY_PORT, {
      host: replicaUrl.hostname,
      port: Number(replicaUrl.port || 5432),
    });
    const viaProxy = new URL(replica.url);
    viaProxy.port = String(REPLICA_PROXY_PORT);
    server = await startServer(PORT, { DATABASE_URL: primary.url, DATABASE_REPLICA_URL: viaProxy.toString() });
  }, 300_000);

  afterAll(async () => {
    await server?.stop("SIGKILL");
    await replicaProxy?.close();
    await replica?.drop();
    await primary?.drop();
  });

  it("reads the catalogue from the replica", async () => {
    const page = await (await fetch(`${server.base}/courses/${COURSE}`)).text();
    expect(page).toMatch(/<h1[^>]*>[^<]*\(replica copy\)/);
    const listing = await (await fetch(`${server.base}/courses`)).text();
    expect(listing).toContain(`/courses/${COURSE}`);
    expect(listing).not.toContain(`/courses/${HIDDEN_ON_REPLICA}`);
    // The primary still holds the original: what was read came from the replica.
    const [original] = await sql<{ title: string; status: string }>(
      primary.url,
      `SELECT title, status FROM "Course" WHERE slug = $1`,
      [COURSE],
    );
    expect(original?.title).not.toContain("replica");
  });

  it("writes to the primary and reads a learner's own data from it", async () => {
    const cookie = await signIn(server.base, "learner@academy.test", DEMO_PASSWORD);
    const enrolled = await callServerAction(
      server.base,
      `/courses/${COURSE}`,
      { name: "enrollAction", file: "lib/learning/actions.ts" },
      { courseSlug: "backend-career" },
      cookie,
    );
    expect(enrolled).toMatchObject({ status: 200, result: { ok: true, data: { alreadyEnrolled: false } } });
    const count = (url: string) =>
      sql<{ n: number }>(
        url,
        `SELECT count(*)::int AS n FROM "Enrollment" e JOIN "Course" c ON c.id = e."courseId"
         JOIN "User" u ON u.id = e."userId" WHERE c.slug = 'backend-career' AND u.email = 'learner@academy.test'`,
      );
    expect((await count(primary.url))[0]?.n).toBe(1);
    expect((await count(replica.url))[0]?.n).toBe(0);

    // At once, with no replication: the learner's own state comes from the primary.
    const state = await fetch(`${server.base}/api/learn/course-state?course=backend-career`, { headers: { cookie } });
    expect(state.status).toBe(200);
    expect(await state.json()).toMatchObject({ viewer: { name: "Sam Learner" }, state: { enrolled: true } });
  });

  it("reads from the primary while the replica is away, and from the replica again once it is back", async () => {
    // Past the page cache (a parameter it does not key on): each answer is rendered, from the catalogue memo
    // (30 s) or from whichever database getReplicaDb gives.
    let n = 0;
    const listing = async () => {
      const response = await fetch(`${server.base}/courses?topic=DATABASES&past=${(n += 1)}`);
      return { status: response.status, html: await response.text() };
    };
    expect((await listing()).html).not.toContain(`/courses/${HIDDEN_ON_REPLICA}"`);

    await replicaProxy.cut();
    const statuses = new Set<number>();
    // Within the memo's lifetime and two failed probes, the listing comes from the primary (which publishes
    // the course the replica hides); the monitor logs the switch.
    const fromPrimary = await eventually(
      async () => {
        const { status, html } = await listing();
        statuses.add(status);
        return status === 200 && html.includes(`/courses/${HIDDEN_ON_REPLICA}"`);
      },
      60_000,
      500,
    );
    expect(fromPrimary, "the listing never came from the primary").toBe(true);
    expect(server.logLines().map((line) => line.msg)).toContain(
      "read replica unreachable: the catalogue reads from the primary until it returns",
    );
    // Every answer after the switch is a whole page.
    for (let i = 0; i < 5; i += 1) expect((await listing()).status).toBe(200);
    // The instance stays ready: the primary serves everything.
    expect((await fetch(`${server.base}/api/ready`)).status).toBe(200);

    await replicaProxy.restore();
    const fromReplica = await eventually(
      async () => {
        const { status, html } = await listing();
        return status === 200 && !html.includes(`/courses/${HIDDEN_ON_REPLICA}"`);
      },
      60_000,
      500,
    );
    expect(fromReplica, "the listing never came from the replica again").toBe(true);
    expect(server.logLines().map((line) => line.msg)).toContain(
      "read replica reachable again: the catalogue reads from it",
    );
    // Only the moments before the monitor noticed may have failed, and then with a whole error page.
    expect([...statuses].every((status) => status === 200 || status === 500 || status === 503)).toBe(true);
  }, 180_000);
});
