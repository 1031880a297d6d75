import { describe, expect, it } from "vitest";
import { judgeRequestSuite, judgeResponse, type RequestCase } from "@/lib/learning/service/request-suite";

const create: RequestCase = {
  name: "creates a link",
  request: { method: "POST", path: "/links", headers: {}, body: { url: "https://example.com" } },
  expect: { status: 201, headers: { "Content-Type": "application/json" }, body: { code: "a1" } },
};
const ok = { response: { status: 201, headers: { "content-type": "application/json" }, body: { code: "a1" } } };

describe("judgeResponse", () => {
  it("accepts a response that meets the status, the headers (any case) and the body", () => {
    expect(judgeResponse(create, ok)).toBeNull();
  });

  it("says what differs: status, a missing or different header, the body", () => {
    expect(judgeResponse(create, { response: { ...ok.response, status: 200 } })).toBe("expected status 201, got 200");
    expect(judgeResponse(create, { response: { ...ok.response, headers: {} } })).toContain("got none");
    expect(
      judgeResponse(create, { response: { ...ok.response, headers: { "content-type": "text/plain" } } }),
    ).toContain('got "text/plain"');
    expect(judgeResponse(create, { response: { ...ok.response, body: { code: "b2" } } })).toContain('{"code":"b2"}');
  });

  it("compares only what the case names", () => {
    const statusOnly: RequestCase = { ...create, expect: { status: 201 } };
    expect(judgeResponse(statusOnly, { response: { status: 201, headers: {}, body: "anything" } })).toBeNull();
  });

  it("reports a thrown error and a request never sent", () => {
    expect(judgeResponse(create, { error: "TypeError: x is undefined" })).toContain("threw TypeError");
    expect(judgeResponse(create, undefined)).toContain("not sent");
  });
});

describe("judgeRequestSuite", () => {
  const hidden = { ...create, name: "hidden create", hidden: true };

  it("passes when every request gets its response", () => {
    expect(judgeRequestSuite([create, hidden], [ok, ok])).toMatchObject({ passed: true, failing: [] });
  });

  it("hides a hidden request's path and expectation from learners, not from authors", () => {
    const wrong = { response: { ...ok.response, status: 500 } };
    const learner = judgeRequestSuite([create, hidden], [ok, wrong]);
    expect(learner).toMatchObject({ passed: false, failing: ["hidden request “hidden create” (POST …) fails"] });
    expect(learner.feedback).toBe("1 of 2 requests fail (1 of them hidden).");
    expect(judgeRequestSuite([create, hidden], [ok, wrong], true).failing[0]).toContain("expected status 201, got 500");
  });
});
