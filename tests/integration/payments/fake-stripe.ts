// A local HTTP server standing in for api.stripe.com (we cannot reach Stripe from tests). The real
// `stripe` SDK talks to it through its host/port/protocol options; it records every request so tests
// can check what we sent, and answers like Stripe (idempotent replays included).
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";

export type RecordedRequest = {
  method: string;
  path: string;
  idempotencyKey: string | null;
  authorization: string | null;
  form: Record<string, string>;
};

type Session = Record<string, unknown> & { id: string; status: string; payment_status: string };

export class FakeStripe {
  readonly requests: RecordedRequest[] = [];
  readonly sessions = new Map<string, Session>();
  private readonly replies = new Map<string, unknown>();
  private server: Server | null = null;
  port = 0;
  /** Set to make the next create call fail like an outage. */
  failNext = false;

  constructor(readonly secretKey = `sk_test_${randomBytes(8).toString("hex")}`) {}

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(({ status, body }) => {
        res.writeHead(status, {
          "content-type": "application/json",
          "request-id": `req_${randomBytes(6).toString("hex")}`,
        });
        res.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.port = (this.server!.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  connection() {
    return { secretKey: this.secretKey, host: "127.0.0.1", port: this.port, protocol: "http" as const };
  }

  /** As if the customer paid on Stripe's page. */
  complete(id: string, paymentStatus: "paid" | "unpaid" = "paid"): Session {
    const session = this.sessions.get(id)!;
    Object.assign(session, {
      status: "complete",
      payment_status: paymentStatus,
      payment_intent: `pi_${randomBytes(8).toString("hex")}`,
    });
    return session;
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: unknown }> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const form = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString("utf8")));
    const recorded: RecordedRequest = {
      method: req.method ?? "",
      path: req.url ?? "",
      idempotencyKey: (req.headers["idempotency-key"] as string | undefined) ?? null,
      authorization: req.headers.authorization ?? null,
      form,
    };
    this.requests.push(recorded);
    if (recorded.authorization !== `Bearer ${this.secretKey}`)
      return { status: 401, body: { error: { type: "invalid_request_error", message: "Invalid API Key provided" } } };
    const replayKey = recorded.idempotencyKey ? `${recorded.path}:${recorded.idempotencyKey}` : null;
    if (replayKey && this.replies.has(replayKey)) return { status: 200, body: this.replies.get(replayKey) };
    const reply = this.route(recorded);
    if (replayKey && reply.status === 200) this.replies.set(replayKey, reply.body);
    return reply;
  }

  private route(r: RecordedRequest): { status: number; body: unknown } {
    if (r.method === "POST" && r.path === "/v1/checkout/sessions") {
      if (this.failNext) {
        this.failNext = false;
        return { status: 400, body: { error: { type: "invalid_request_error", message: "simulated refusal" } } };
      }
      const id = `cs_test_${randomBytes(12).toString("hex")}`;
      const metadata = Object.fromEntries(
        Object.entries(r.form)
          .filter(([k]) => k.startsWith("metadata["))
          .map(([k, v]) => [k.slice(9, -1), v]),
      );
      const session: Session = {
        id,
        object: "checkout.session",
        url: `https://checkout.stripe.test/c/pay/${id}`,
        status: "open",
        payment_status: "unpaid",
        payment_intent: null,
        client_reference_id: r.form.client_reference_id,
        customer_email: r.form.customer_email,
        metadata,
        amount_total: Number(r.form["line_items[0][price_data][unit_amount]"]),
        currency: r.form["line_items[0][price_data][currency]"],
        expires_at: Number(r.form.expires_at),
      };
      this.sessions.set(id, session);
      return { status: 200, body: session };
    }
    const sessionMatch = /^\/v1\/checkout\/sessions\/([^/?]+)(\/expire)?/.exec(r.path);
    if (sessionMatch) {
      const session = this.sessions.get(sessionMatch[1]!);
      if (!session)
        return { status: 404, body: { error: { type: "invalid_request_error", message: "No such checkout.session" } } };
      if (sessionMatch[2]) Object.assign(session, { status: "expired", url: null });
      return { status: 200, body: session };
    }
    if (r.method === "POST" && r.path === "/v1/refunds") {
      return {
        status: 200,
        body: {
          id: `re_${randomBytes(8).toString("hex")}`,
          object: "refund",
          amount: Number(r.form.amount),
          payment_intent: r.form.payment_intent,
          status: "succeeded",
        },
      };
    }
    return {
      status: 404,
      body: { error: { type: "invalid_request_error", message: `Unrecognized request URL (${r.method}: ${r.path})` } },
    };
  }
}
