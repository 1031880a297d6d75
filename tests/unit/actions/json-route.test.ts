import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  createJsonRoute,
  jsonRoute,
  multipartInput,
  paramsInput,
  queryInput,
  type JsonRouteOptions,
} from "@/lib/actions/json-route";
import { DomainError } from "@/lib/actions/errors";
import type { ActionDefinition, RequestScope } from "@/lib/actions/run-action";
import { AuthError } from "@/lib/auth/errors";
import type { CurrentUser } from "@/lib/auth/session/policy";

const learner: CurrentUser = { id: "u1", email: "a@example.test", name: "A", role: "LEARNER", timeZone: "UTC" };
const asLearner = (): RequestScope => ({
  getUser: async () => learner,
  getIp: async () => "203.0.113.9",
  revalidate: () => undefined,
});
const anonymous = (): RequestScope => ({ ...asLearner(), getUser: async () => null });

const greetSchema = z.object({ name: z.string().min(1, "Say a name.") });
const greet = {
  schema: greetSchema,
  auth: "user",
  handler: async ({ name }, { user }) => {
    if (name === "boom") throw new Error("database went away");
    if (name === "taken") throw new DomainError("That name is taken.");
    return { greeting: `hello ${name}`, from: user.id };
  },
} satisfies ActionDefinition<typeof greetSchema, "user", { greeting: string; from: string }>;

function route<C>(options: JsonRouteOptions<{ greeting: string; from: string }, C> = {}) {
  return createJsonRoute(greet, { scope: asLearner, ...options });
}

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://app.test/api/greet", { method: "POST", body, headers });

describe("createJsonRoute", () => {
  it("reads a JSON or form body and answers the result shape, no-store", async () => {
    const json = await route()(post('{"name":"Ada"}', { "content-type": "application/json" }), undefined);
    expect(json.status).toBe(200);
    expect(json.headers.get("cache-control")).toBe("no-store");
    expect(await json.json()).toEqual({ ok: true, data: { greeting: "hello Ada", from: "u1" } });
    const form = await route()(post("name=Grace", { "content-type": "application/x-www-form-urlencoded" }), undefined);
    expect(await form.json()).toMatchObject({ ok: true, data: { greeting: "hello Grace" } });
  });

  it("refuses as the actions do: 401 signed out, 400 with field errors, 400 for a domain refusal", async () => {
    const signedOut = await route({ scope: anonymous })(post('{"name":"Ada"}'), undefined);
    expect(signedOut.status).toBe(401);
    expect(await signedOut.json()).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    const invalid = await route()(post('{"name":""}', { "content-type": "application/json" }), undefined);
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { name: ["Say a name."] } });
    const taken = await route()(post('{"name":"taken"}', { "content-type": "application/json" }), undefined);
    expect(await taken.json()).toEqual({ ok: false, error: "That name is taken.", code: "FAILED" });
  });

  it("answers 413 for a body over the limit without running the definition", async () => {
    const big = await route()(post(`{"name":"${"x".repeat(20_000)}"}`, { "content-type": "application/json" }), 0);
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ ok: false, code: "INVALID" });
  });

  it("takes the input from the query string or the route's params when told", async () => {
    const fromQuery = route({ input: queryInput });
    const answer = await fromQuery(new Request("http://app.test/api/greet?name=Linus"), undefined);
    expect(await answer.json()).toMatchObject({ data: { greeting: "hello Linus" } });
    const fromParams = route({ input: paramsInput<{ name: string }>() });
    const byPath = await fromParams(new Request("http://app.test/greet/Ken"), {
      params: Promise.resolve({ name: "Ken" }),
    });
    expect(await byPath.json()).toMatchObject({ data: { greeting: "hello Ken" } });
  });

  it("reads named multipart fields, refusing an oversized or malformed upload before the definition", async () => {
    const upload = route({ input: multipartInput(["name"], 1_000) });
    const form = new FormData();
    form.set("name", "Barbara");
    form.set("ignored", "x");
    expect(await (await upload(post(form), undefined)).json()).toMatchObject({ data: { greeting: "hello Barbara" } });
    const tooBig = await upload(post("name=x", { "content-length": "5000" }), undefined);
    expect(tooBig.status).toBe(413);
    const notAForm = await upload(
      post("name=x", { "content-type": "multipart/form-data; boundary=nothing" }),
      undefined,
    );
    expect(notAForm.status).toBe(400);
    expect(await notAForm.json()).toEqual({ ok: false, error: "Send the file as a form upload.", code: "INVALID" });
  });

  it("lets a success answer something else (a download) while refusals stay JSON", async () => {
    const download = route({
      input: queryInput,
      respond: (data) => new Response(data.greeting, { headers: { "content-type": "text/plain" } }),
    });
    const ok = await download(new Request("http://app.test/x?name=Edsger"), undefined);
    expect(await ok.text()).toBe("hello Edsger");
    const refused = await download(new Request("http://app.test/x"), undefined);
    expect(refused.headers.get("content-type")).toContain("application/json");
    expect(refused.status).toBe(400);
  });

  it("answers a handler's unexpected failure in the result shape, never a stack", async () => {
    const failed = await route()(post('{"name":"boom"}', { "content-type": "application/json" }), undefined);
    const body = (await failed.json()) as { ok: boolean; error: string };
    expect(body.ok).toBe(false);
    expect(body.error).not.toContain("database");
  });
});

describe("jsonRoute", () => {
  it("passes the handler's own answer through untouched", async () => {
    const handler = jsonRoute(async () => Response.json({ status: "ok" }, { status: 503, headers: { "x-own": "1" } }));
    const response = await handler(new Request("http://app.test/api/ready"), undefined);
    expect(response.status).toBe(503);
    expect(response.headers.get("x-own")).toBe("1");
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("turns a thrown error into a 500 in the result shape, and an AuthError into 401/403", async () => {
    const crashing = jsonRoute(async () => {
      throw new Error("connection terminated: secret detail");
    });
    const crashed = await crashing(new Request("http://app.test/api/me"), undefined);
    expect(crashed.status).toBe(500);
    expect(crashed.headers.get("cache-control")).toBe("no-store");
    const body = (await crashed.json()) as { ok: boolean; error: string; code: string };
    expect(body).toMatchObject({ ok: false, code: "FAILED" });
    expect(body.error).not.toContain("secret");
    const forbidden = jsonRoute(async () => {
      throw new AuthError("FORBIDDEN");
    });
    const refused = await forbidden(new Request("http://app.test/api/x"), undefined);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});
