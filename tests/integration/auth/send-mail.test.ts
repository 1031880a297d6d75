import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { sendMail } from "@/lib/email/send-mail";

type Received = { from: string; to: string[]; raw: string };

let t: TestDatabase;
let server: SMTPServer;
let port: number;
const received: Received[] = [];

beforeAll(async () => {
  t = await useTestDatabase();
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("sendMail", () => {
  it("delivers over SMTP when a server is configured, and stores nothing", async () => {
    const before = await t.db.emailOutbox.count();
    const delivery = await sendMail(
      {
        to: "learner@example.test",
        subject: "Reset your password",
        text: "Follow https://academy.test/reset?token=abc",
        kind: "password-reset",
      },
      { smtpUrl: `smtp://127.0.0.1:${port}` },
    );
    expect(delivery.via).toBe("smtp");
    expect(received).toHaveLength(1);
    expect(received[0]?.to).toEqual(["learner@example.test"]);
    expect(received[0]?.from).toBe("hello@backend-academy.local");
    expect(received[0]?.raw).toMatch(/Subject: Reset your password/);
    expect(received[0]?.raw).toMatch(/X-Mail-Kind: password-reset/);
    expect(await t.db.emailOutbox.count()).toBe(before);
  });

  it("writes to the outbox without SMTP", async () => {
    const delivery = await sendMail({
      to: "someone@example.test",
      subject: "Welcome",
      text: "Hello",
      kind: "enrolment",
    });
    expect(delivery.via).toBe("outbox");
    expect(await t.db.emailOutbox.findFirst({ where: { to: "someone@example.test" } })).toMatchObject({
      subject: "Welcome",
      text: "Hello",
      kind: "enrolment",
      status: "PENDING",
    });
  });

  it("reports a refused connection to the caller", async () => {
    const closed = new SMTPServer({ authOptional: true });
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const deadPort = (closed.server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(
      sendMail(
        { to: "x@example.test", subject: "S", text: "T", kind: "test" },
        { smtpUrl: `smtp://127.0.0.1:${deadPort}` },
      ),
    ).rejects.toThrow();
  });
});
