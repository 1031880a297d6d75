// Every webhook action, called anonymously, with a revoked session, by a learner, by an advisor and (for an
// existing endpoint) by an instructor who does not own it: each is refused and writes nothing. An instructor's
// list holds only their own endpoints; a learner has none. Fails when an exported action is missing here.
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { runAction, type ActionAuth, type ActionDefinition } from "@/lib/actions/run-action";
import * as webhooks from "@/lib/webhooks/actions";
import { listWebhookEndpoints } from "@/lib/webhooks/queries";
import { createWebhookEndpoint, sendTestWebhook } from "@/lib/webhooks/service";
import { systemResolver } from "@/lib/webhooks/target";
import { useTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import { expectEveryActionCovered } from "../auth/matrix";
import { createPerson } from "../discussions/fixtures";

type AnyDefinition = ActionDefinition<z.ZodType, ActionAuth, unknown>;
type Person = Awaited<ReturnType<typeof createPerson>>;
const def = (action: { definition: unknown }) => action.definition as AnyDefinition;

let t: TestDatabase;
let owner: Person;
let otherInstructor: Person;
let learner: Person;
let advisor: Person;
let endpointId = "";
let deliveryId = "";

type Case = { name: string; definition: AnyDefinition; input: () => Record<string, string>; ownerOnly: boolean };

const CASES: Case[] = [
  {
    name: "createWebhookEndpointAction",
    definition: def(webhooks.createWebhookEndpointAction),
    input: () => ({ url: "https://crm.example.com/hooks", "event:enrollment.created": "on" }),
    ownerOnly: false,
  },
  {
    name: "rotateWebhookSecretAction",
    definition: def(webhooks.rotateWebhookSecretAction),
    input: () => ({ endpointId, overlapHours: "0" }),
    ownerOnly: true,
  },
  {
    name: "setWebhookEnabledAction",
    definition: def(webhooks.setWebhookEnabledAction),
    input: () => ({ endpointId, enabled: "false" }),
    ownerOnly: true,
  },
  {
    name: "deleteWebhookEndpointAction",
    definition: def(webhooks.deleteWebhookEndpointAction),
    input: () => ({ endpointId }),
    ownerOnly: true,
  },
  {
    name: "sendTestWebhookAction",
    definition: def(webhooks.sendTestWebhookAction),
    input: () => ({ endpointId }),
    ownerOnly: true,
  },
  {
    name: "resendWebhookAction",
    definition: def(webhooks.resendWebhookAction),
    input: () => ({ deliveryId }),
    ownerOnly: true,
  },
];

const snapshot = async () => ({
  endpoints: await t.db.webhookEndpoint.findMany({ orderBy: { id: "asc" } }),
  deliveries: await t.db.webhookDelivery.findMany({ orderBy: { id: "asc" } }),
  attempts: await t.db.webhookAttempt.count(),
  audit: await t.db.auditLog.count(),
});

beforeAll(async () => {
  t = await useTestDatabase();
  owner = await createPerson(t.db, "Olga Owner", "INSTRUCTOR");
  otherInstructor = await createPerson(t.db, "Ivan Other", "INSTRUCTOR");
  learner = await createPerson(t.db, "Lara Learner");
  advisor = await t.db.user.update({
    where: { id: (await createPerson(t.db, "Ada Advisor")).id },
    data: { role: "ADVISOR" },
  });
  const made = await createWebhookEndpoint(
    owner,
    { url: "http://127.0.0.1:9/hooks", description: "", eventTypes: ["enrollment.created"] },
    "203.0.113.1",
    { production: false, allowLoopback: true, resolve: systemResolver },
  );
  endpointId = made.id;
  await sendTestWebhook(owner, endpointId);
  deliveryId = (await t.db.webhookDelivery.findFirstOrThrow({ where: { endpointId } })).id;
}, 120_000);

describe("webhook authorization matrix", () => {
  it("covers every exported webhook action", () => {
    expectEveryActionCovered(webhooks, CASES);
  });

  for (const testCase of CASES) {
    it(`${testCase.name}: refuses visitors, revoked sessions, learners, advisors${testCase.ownerOnly ? " and other instructors" : ""}, writing nothing`, async () => {
      const before = await snapshot();
      const callers = [
        null,
        { sub: owner.id, sv: owner.sessionVersion - 1 },
        claimsOf(learner),
        claimsOf(advisor),
        ...(testCase.ownerOnly ? [claimsOf(otherInstructor)] : []),
      ];
      for (const claims of callers) {
        const result = await runAction(testCase.definition, testCase.input(), scopeFor(claims));
        expect(result.ok, JSON.stringify(claims)).toBe(false);
      }
      expect(await snapshot()).toEqual(before);
    });
  }

  it("the owner may act on their endpoint (the refusals above are not for everyone)", async () => {
    const result = await runAction(def(webhooks.sendTestWebhookAction), { endpointId }, scopeFor(claimsOf(owner)));
    expect(result).toMatchObject({ ok: true });
  });

  it("lists show each instructor their own endpoints only, and a learner none", async () => {
    expect((await listWebhookEndpoints(owner)).map((e) => e.id)).toEqual([endpointId]);
    expect(await listWebhookEndpoints(otherInstructor)).toEqual([]);
    expect(await listWebhookEndpoints(learner)).toEqual([]);
  });

  it("an instructor may not subscribe to money or consultation events, nor aim at loopback with the setting off", async () => {
    const before = await snapshot();
    const money = await runAction(
      def(webhooks.createWebhookEndpointAction),
      { url: "https://crm.example.com/hooks", "event:payment.succeeded": "on" },
      scopeFor(claimsOf(otherInstructor)),
    );
    expect(money).toMatchObject({ ok: false, error: expect.stringMatching(/own courses/) });
    const loopback = await runAction(
      def(webhooks.createWebhookEndpointAction),
      { url: "http://127.0.0.1:9/hooks", "event:enrollment.created": "on" },
      scopeFor(claimsOf(otherInstructor)),
    );
    expect(loopback).toMatchObject({ ok: false, fieldErrors: { url: [expect.stringMatching(/loopback/)] } });
    expect(await snapshot()).toEqual(before);
  });
});
