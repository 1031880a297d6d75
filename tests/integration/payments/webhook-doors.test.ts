// The Stripe webhook's two doors, in process: the function as the route file calls it and the server's own door
// (lib/http/web-endpoints.ts, what scripts/serve.ts puts in front of Next) answer the same deliveries with the same
// status and bytes, check the signature over the same raw body, and process each event once between them. The
// whole production server is compared with Next's route runtime in
// tests/integration/ops/servers/learner-state-doors.server-test.ts.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onRevalidateOutsideNext } from "@/lib/cache/outside-next";
import { withWebEndpoints } from "@/lib/http/web-endpoints";
import { webhookSecret } from "@/lib/payments/provider/webhook-secret";
import { STRIPE_WEBHOOK_PATH, stripeWebhookRoute } from "@/lib/payments/webhooks/route-handler";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { createLearner, createPaidCourse, createPendingPayment, sessionObject, stripeEvent, unique } from "./fixtures";

let t: TestDatabase;
let server: Server;
let base = "";

beforeAll(async () => {
  t = await useTestDatabase();
  // What reaches Next in the server: here a marker, so a test sees which requests the door let through.
  const next = withWebEndpoints(
    (_request, response) => {
      response.writeHead(418, { "content-type": "text/plain" });
      response.end("next");
    },
    [STRIPE_WEBHOOK_PATH],
    {
      method: "POST",
      headers: [["X-Content-Type-Options", "nosniff"]],
      onError: (error) => {
        throw error;
      },
    },
  );
  server = createServer((request, response) => void next(request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  onRevalidateOutsideNext(null);
  await new Promise<void>((resolve) => server?.close(() => resolve()));
});

type Answer = { status: number; body: string };
type Delivery = { payload: string; signature: string };

const signed = (payload: string, secret = webhookSecret()): Delivery => ({
  payload,
  signature: Stripe.webhooks.generateTestHeaderString({ payload, secret }),
});

async function throughRoute({ payload, signature }: Delivery): Promise<Answer> {
  const response = await stripeWebhookRoute(
    new Request(`http://localhost${STRIPE_WEBHOOK_PATH}`, {
      method: "POST",
      headers: { "content-type": "application/json", "stripe-signature": signature },
      body: payload,
    }),
  );
  return { status: response.status, body: await response.text() };
}

async function throughDoor({ payload, signature }: Delivery): Promise<Answer> {
  const response = await fetch(base + STRIPE_WEBHOOK_PATH, {
    method: "POST",
    headers: { "content-type": "application/json", "stripe-signature": signature, "accept-encoding": "identity" },
    body: payload,
  });
  return { status: response.status, body: await response.text() };
}

/** An expiry for a checkout nobody knows, as the bench sends: verified, recorded once, nothing else to do. */
const expiry = () => stripeEvent("checkout.session.expired", sessionObject({ id: `cs_${unique()}`, metadata: {} }));

describe("the Stripe webhook's two doors", () => {
  it("answer new events, repeats and ignored types with the same bytes, each event processed once", async () => {
    const [first, second] = [signed(expiry()), signed(expiry())];
    const route = await throughRoute(first);
    const door = await throughDoor(second);
    expect(door).toEqual(route);
    expect(JSON.parse(door.body)).toEqual({ received: true, outcome: "processed" });
    // The other door's event again, each way: a repeat.
    const repeatAtDoor = await throughDoor(first);
    expect(repeatAtDoor).toEqual(await throughRoute(second));
    expect(JSON.parse(repeatAtDoor.body)).toEqual({ received: true, outcome: "duplicate" });
    const ignored = signed(stripeEvent("customer.created", { object: "customer", id: `cus_${unique()}` }));
    expect(await throughDoor(ignored)).toEqual(await throughRoute(ignored));
    expect(await t.db.processedWebhookEvent.count({ where: { type: "customer.created" } })).toBe(0);
  });

  it("refuse a wrong signature, a signature over other bytes and a signed non-event alike, writing nothing", async () => {
    const payload = expiry();
    expect(payload).toContain('"livemode":false');
    const before = await t.db.processedWebhookEvent.count();
    const refused: [string, Delivery][] = [
      ["someone else's secret", signed(payload, "whsec_someone_else")],
      ["no valid signature", { payload, signature: "t=1,v1=deadbeef" }],
      // One byte changed after signing: the door must hand the endpoint the exact bytes it was sent.
      [
        "other bytes",
        { payload: payload.replace('"livemode":false', '"livemode":true'), signature: signed(payload).signature },
      ],
      ["signed, not JSON", signed("{not json")],
      ["signed, not an event", signed(JSON.stringify({ hello: "world" }))],
    ];
    for (const [name, delivery] of refused) {
      const door = await throughDoor(delivery);
      expect(door, name).toEqual(await throughRoute(delivery));
      expect(door.status, name).toBe(400);
    }
    expect(await t.db.processedWebhookEvent.count()).toBe(before);
  });

  it("fulfil a purchase through the server's door, and ask the server to revalidate the course's page", async () => {
    const revalidated: string[] = [];
    onRevalidateOutsideNext((prefix) => revalidated.push(prefix));
    const { course } = await createPaidCourse(t.db);
    const learner = await createLearner(t.db);
    const payment = await createPendingPayment(t.db, learner.id, course, null);
    const completed = sessionObject({
      id: payment.stripeCheckoutSessionId,
      metadata: { paymentId: payment.id, userId: learner.id, courseId: course.id },
      client_reference_id: learner.id,
    });
    const answer = await throughDoor(signed(stripeEvent("checkout.session.completed", completed)));
    expect(answer).toEqual({ status: 200, body: JSON.stringify({ received: true, outcome: "processed" }) });
    expect(await t.db.payment.findUnique({ where: { id: payment.id } })).toMatchObject({ status: "PAID" });
    expect(
      await t.db.enrollment.findUnique({ where: { userId_courseId: { userId: learner.id, courseId: course.id } } }),
    ).toMatchObject({ status: "ACTIVE", source: "PURCHASE" });
    // Outside a Next request, Next's copy of the landing page (its seats, its call to action) is revalidated by
    // the server over loopback; the integration test stands in for the server.
    expect(revalidated).toContain(`/courses/${course.slug}`);
  });

  it("let every other request through to Next: GET, another path, a trailing slash", async () => {
    const passed = async (path: string, method = "POST") =>
      (await fetch(base + path, { method, body: method === "POST" ? "{}" : undefined })).status;
    expect(await passed(STRIPE_WEBHOOK_PATH, "GET")).toBe(418);
    expect(await passed(`${STRIPE_WEBHOOK_PATH}/`)).toBe(418);
    expect(await passed("/api/webhooks/other")).toBe(418);
    expect(await passed(STRIPE_WEBHOOK_PATH)).toBe(400);
  });
});
