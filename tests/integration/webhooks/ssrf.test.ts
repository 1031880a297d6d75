// No SSRF through webhooks: with loopback not allowed, an endpoint aimed at this machine, a private network, the
// metadata address, or a name that resolves to one of them is refused when saved (with a message for the form)
// and again at delivery, after DNS; a redirect is never followed. The receiver on loopback proves nothing was
// sent: its request list stays empty.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "@/lib/actions/errors";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver";
import { createWebhookEndpoint, sendTestWebhook } from "@/lib/webhooks/service";
import { systemResolver, type Resolver, type TargetPolicy } from "@/lib/webhooks/target";
import { useTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { createPerson } from "../discussions/fixtures";
import { startReceiver, type Receiver } from "./receiver";

const IP = "203.0.113.7";
const allowLoopback: TargetPolicy = { production: false, allowLoopback: true, resolve: systemResolver };
const strict: TargetPolicy = { production: false, allowLoopback: false, resolve: systemResolver };
/** A name under the test's control that answers with the given addresses, as a rebinding DNS server would. */
const resolvingTo =
  (...addresses: string[]): Resolver =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));

let t: TestDatabase;
let receiver: Receiver;
let target: Receiver;
let admin: { id: string; role: "ADMIN" };

beforeAll(async () => {
  t = await useTestDatabase();
  receiver = await startReceiver();
  target = await startReceiver("/internal");
  admin = { id: (await createPerson(t.db, "Sam Secure", "ADMIN")).id, role: "ADMIN" };
}, 120_000);

afterAll(async () => {
  await receiver?.close();
  await target?.close();
});

async function refusal(url: string, policy: TargetPolicy): Promise<DomainError> {
  const error = await createWebhookEndpoint(
    admin,
    { url, description: "", eventTypes: ["booking.created"] },
    IP,
    policy,
  )
    .then(() => null)
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe(`webhook targets (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("refuses loopback, private, link-local, metadata and wrapped addresses when an endpoint is saved", async () => {
    const cases: Array<[string, TargetPolicy, RegExp]> = [
      [`http://127.0.0.1:${receiver.port}/hooks`, strict, /loopback/],
      ["http://10.0.0.1/hooks", strict, /private/],
      ["http://169.254.169.254/latest/meta-data/", strict, /link-local/],
      ["http://0.0.0.0/", strict, /private/],
      ["http://[::1]/", strict, /loopback/],
      ["http://[::ffff:127.0.0.1]/", strict, /loopback/],
      ["http://[::ffff:a9fe:a9fe]/", strict, /link-local/],
      ["http://[fd00:ec2::254]/", strict, /private/],
      [`http://localhost:${receiver.port}/hooks`, strict, /loopback/],
      ["https://hooks.example.test/", { ...strict, resolve: resolvingTo("127.0.0.1") }, /loopback/],
      // One bad answer among good ones is enough to refuse.
      ["https://mixed.example.test/", { ...strict, resolve: resolvingTo("93.184.215.14", "10.1.2.3") }, /private/],
      ["http://crm.example.com/hooks", { ...strict, production: true }, /https/],
      ["https://user:pw@crm.example.com/hooks", strict, /user name/],
      ["not a url", strict, /full address/],
    ];
    for (const [url, policy, message] of cases) {
      const error = await refusal(url, policy);
      expect(error.message, url).toMatch(message);
      expect(error.fieldErrors?.url?.[0], url).toBe(error.message);
    }
    expect(await t.db.webhookEndpoint.count()).toBe(0);
  });

  it("checks again at delivery, after DNS: a saved endpoint whose host now means this machine is not sent to", async () => {
    const made = await createWebhookEndpoint(
      admin,
      { url: receiver.url, description: "", eventTypes: ["booking.created"] },
      IP,
      allowLoopback,
    );
    await sendTestWebhook(admin, made.id);
    expect(await deliverDueWebhooks({ policy: strict, random: () => 0 })).toEqual({ succeeded: 0, failed: 1 });

    // A name that resolved to a public address when saved and to loopback now (DNS rebinding).
    await t.db.webhookEndpoint.update({
      where: { id: made.id },
      data: { url: `http://rebind.example.test:${receiver.port}/hooks` },
    });
    await t.db.webhookDelivery.updateMany({ where: { endpointId: made.id }, data: { nextAttemptAt: new Date() } });
    const rebinding = { ...strict, resolve: resolvingTo("127.0.0.1") };
    expect(await deliverDueWebhooks({ policy: rebinding, random: () => 0 })).toEqual({ succeeded: 0, failed: 1 });

    expect(receiver.received).toHaveLength(0);
    const log = await t.db.webhookAttempt.findMany({
      where: { delivery: { endpointId: made.id } },
      orderBy: { attempt: "asc" },
    });
    expect(log.map((a) => [a.statusCode, /loopback/.test(a.error ?? "")])).toEqual([
      [null, true],
      [null, true],
    ]);
  });

  it("does not follow a redirect, even to an address it could reach", async () => {
    const made = await createWebhookEndpoint(
      admin,
      { url: receiver.url, description: "", eventTypes: ["booking.created"] },
      IP,
      allowLoopback,
    );
    await t.db.webhookDelivery.deleteMany({});
    receiver.answer([302], { location: target.url });
    await sendTestWebhook(admin, made.id);
    expect(await deliverDueWebhooks({ policy: allowLoopback, random: () => 0 })).toEqual({ succeeded: 0, failed: 1 });
    expect(receiver.received).toHaveLength(1);
    expect(target.received).toHaveLength(0);
    const delivery = await t.db.webhookDelivery.findFirstOrThrow({ where: { endpointId: made.id } });
    expect(delivery).toMatchObject({ status: "PENDING", lastStatusCode: 302 });
  });
});
