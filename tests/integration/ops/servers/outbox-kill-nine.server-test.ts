// The outbox across a crash: a purchase and a booking's confirmation commit while the mail server is down, the app
// is killed with SIGKILL right after answering, and the restarted app delivers the receipt and both calendar
// invites once the mail server is back: each exactly once, and nothing left waiting.
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/accounts/password";
import {
  eventually,
  opsPort,
  pgliteDir,
  prepareDatabase,
  seededPostgres,
  signIn,
  startServer,
  withSql,
  type AppServer,
} from "./harness";
import { callServerAction } from "./server-action";

const serverUrl = process.env.TEST_DATABASE_URL;
const PORT = opsPort(13);
const PASSWORD = "outbox-kill-nine-2026";
const LEARNER = "outbox-k9@example.test";

type Mail = { to: string[]; kind: string; raw: string };

/** A mail server on loopback that can go away and come back on the same port. */
function mailServer(received: Mail[]) {
  const make = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          const raw = Buffer.concat(chunks).toString("utf8");
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            kind: /X-Mail-Kind: ([\w-]+)/.exec(raw)?.[1] ?? "",
            raw,
          });
          callback();
        });
      },
    });
  let server = make();
  return {
    listen: (port = 0) =>
      new Promise<number>((resolve) =>
        server.listen(port, "127.0.0.1", () => resolve((server.server.address() as AddressInfo).port)),
      ),
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server = make();
    },
  };
}

describe(`outbox after kill -9 (${serverUrl ? "PostgreSQL" : "PGlite"})`, () => {
  const data = pgliteDir();
  const target: { url?: string; dir?: string } = {};
  const received: Mail[] = [];
  const smtp = mailServer(received);
  let smtpPort = 0;
  let drop: (() => Promise<void>) | undefined;
  let app: AppServer | undefined;
  let env: Record<string, string> = {};

  beforeAll(async () => {
    if (serverUrl) {
      const scratch = await seededPostgres(serverUrl);
      target.url = scratch.url;
      drop = scratch.drop;
    } else {
      prepareDatabase({ PGLITE_DIR: data.dir });
      target.dir = data.dir;
    }
    await withSql(target, async (sql) =>
      sql(
        `INSERT INTO "User" (id, email, name, "passwordHash", "emailVerified", "updatedAt")
       VALUES ($1, $2, 'Outbox Learner', $3, now(), now())`,
        [`ok9${randomBytes(6).toString("hex")}`, LEARNER, await hashPassword(PASSWORD)],
      ),
    );
    smtpPort = await smtp.listen();
    env = {
      ...(target.url ? { DATABASE_URL: target.url } : { PGLITE_DIR: target.dir! }),
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    };
  }, 300_000);

  afterAll(async () => {
    await app?.stop("SIGKILL");
    await smtp.close();
    await drop?.();
    data.cleanup();
  });

  it("delivers the receipt and the invites that were waiting when the server died, each once", async () => {
    // Read before the server opens the database (an embedded one allows one process at a time).
    const [course] = await withSql(target, (sql) =>
      sql<{ slug: string }>(
        `SELECT slug FROM "Course" WHERE status = 'PUBLISHED' AND "priceCents" > 0 AND format = 'SELF_PACED' ORDER BY slug LIMIT 1`,
      ),
    );
    expect(course).toBeDefined();
    app = await startServer(PORT, env);
    const cookie = await signIn(app.base, LEARNER, PASSWORD);

    // A consultation is held; its confirmation request arrives while the mail server is up.
    const choice = { topic: "CAREER_CHANGE", advisorId: "", timeZone: "Europe/London" };
    const slots = (await (await fetch(`${app.base}/api/booking/slots?${new URLSearchParams(choice)}`)).json()) as {
      data: { days: Array<{ slots: Array<{ start: string }> }> };
    };
    const start = slots.data.days.flatMap((day) => day.slots.map((slot) => slot.start))[3]!;
    const prospect = `outbox-prospect-${randomBytes(3).toString("hex")}@example.test`;
    const booked = await callServerAction(
      app.base,
      "/consultation",
      { name: "createBookingAction", file: "lib/booking/actions.ts" },
      {
        ...choice,
        startsAt: start,
        name: "Outbox Prospect",
        email: prospect,
        goal: "Plan my next step.",
        idempotencyKey: `outbox${randomBytes(8).toString("hex")}`,
      },
    );
    expect(booked.result).toMatchObject({ ok: true });
    expect(await eventually(async () => received.some((m) => m.kind === "booking-held"), 30_000)).toBe(true);
    // The text part is quoted-printable: soft line breaks and "=3D" for "=".
    const held = received
      .find((m) => m.kind === "booking-held")!
      .raw.replace(/=\r?\n/g, "")
      .replace(/=3D/g, "=");
    const token = decodeURIComponent(/manage\?token=([A-Za-z0-9._%~-]+)/.exec(held)![1]!);

    // The mail server goes away; the confirmation and the purchase still commit and answer.
    await smtp.close();
    const confirmed = await callServerAction(
      app.base,
      `/consultation/manage?token=${encodeURIComponent(token)}`,
      { name: "confirmBookingByTokenAction", file: "lib/booking/actions.ts" },
      { token },
    );
    expect(confirmed.result, JSON.stringify(confirmed.result)).toMatchObject({ ok: true });
    const checkout = await callServerAction(
      app.base,
      `/courses/${course!.slug}/checkout`,
      { name: "startCheckoutAction", file: "lib/payments/actions.ts" },
      { courseSlug: course!.slug },
      cookie,
    );
    const sessionId = /cs_test_[a-f0-9]{24}/.exec(JSON.stringify(checkout.result))?.[0];
    expect(sessionId, JSON.stringify(checkout.result)).toBeDefined();
    const paid = await callServerAction(
      app.base,
      `/checkout/test/${sessionId}`,
      { name: "testCheckoutAction", file: "lib/payments/actions.ts" },
      { sessionId: sessionId!, outcome: "pay" },
      cookie,
    );
    expect(paid.result, JSON.stringify(paid.result)).toMatchObject({ ok: true });

    // Killed right after answering: the mails are rows in the outbox, nowhere else.
    await app.stop("SIGKILL");
    expect(received.filter((m) => m.kind === "receipt" || m.kind.startsWith("booking-confirmed"))).toEqual([]);

    await smtp.listen(smtpPort);
    app = await startServer(PORT, env);
    const arrived = () =>
      received.some((m) => m.kind === "receipt") &&
      received.some((m) => m.kind === "booking-confirmed") &&
      received.some((m) => m.kind === "booking-confirmed-advisor");
    expect(await eventually(async () => arrived(), 60_000, 200), JSON.stringify(received.map((m) => m.kind))).toBe(
      true,
    );
    await app.stop("SIGTERM");
    app = undefined;

    const count = (kind: string) => received.filter((m) => m.kind === kind).length;
    expect({
      receipt: count("receipt"),
      invite: count("booking-confirmed"),
      advisorInvite: count("booking-confirmed-advisor"),
    }).toEqual({ receipt: 1, invite: 1, advisorInvite: 1 });
    expect(received.find((m) => m.kind === "receipt")!.to).toEqual([LEARNER]);
    expect(received.find((m) => m.kind === "booking-confirmed")!.raw).toContain("text/calendar");
    const waiting = await withSql(target, (sql) =>
      sql<{ n: number }>(`SELECT count(*)::int AS n FROM "OutboxMessage" WHERE status <> 'DELIVERED'`),
    );
    expect(waiting[0]!.n).toBe(0);
  });
});
