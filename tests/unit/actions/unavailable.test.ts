// The action wrapper's answer when the database cannot be reached (lib/actions/run-action.ts): "unavailable",
// 503 with Retry-After on the JSON routes, noted for the server's gate; any other failure answers as before.
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { jsonResult } from "@/lib/actions/json-route";
import { runAction, type ActionDefinition, type RequestScope } from "@/lib/actions/run-action";
import { recordingFailures, type FailureRecord } from "@/lib/db/connection-failure";

const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });

const scope = (getUser: RequestScope["getUser"] = async () => null): RequestScope => ({
  getUser,
  getIp: async () => "127.0.0.1",
  revalidate: () => {},
});

const failing = (error: unknown): ActionDefinition<z.ZodObject, "public", never> => ({
  schema: z.object({}),
  auth: "public",
  handler: async () => {
    throw error;
  },
});

async function run(definition: ActionDefinition<z.ZodObject, "public", never>, requestScope = scope()) {
  const record: FailureRecord = { lostConnection: false, answeredUnavailable: false };
  const result = await recordingFailures(record, () => runAction(definition, {}, requestScope));
  return { result, record };
}

describe("runAction when the database cannot be reached", () => {
  it("answers UNAVAILABLE with Retry-After, 503 as JSON, and notes it for the gate", async () => {
    const { result, record } = await run(failing(refused));
    expect(result).toEqual({
      ok: false,
      error: "The service is briefly unavailable. Please try again in a few seconds.",
      retryAfterSeconds: 5,
      code: "UNAVAILABLE",
    });
    expect(record).toEqual({ lostConnection: true, answeredUnavailable: true });
    const response = jsonResult(result);
    expect([response.status, response.headers.get("retry-after")]).toEqual([503, "5"]);
  });

  it("answers the same when the session lookup is what meets the outage", async () => {
    const { result } = await run(
      failing(new Error("not reached")),
      scope(async () => {
        throw refused;
      }),
    );
    expect(result).toMatchObject({ ok: false, code: "UNAVAILABLE" });
  });

  it("answers any other failure as before", async () => {
    const { result, record } = await run(failing(new Error("a bug")));
    expect(result).toMatchObject({ ok: false, code: "FAILED" });
    expect(record.answeredUnavailable).toBe(false);
    await expect(
      runAction(
        failing(new Error("not reached")),
        {},
        scope(async () => {
          throw new Error("session store broken");
        }),
      ),
    ).rejects.toThrow("session store broken");
  });
});
