// The sign-in forms ask next-auth for a CSRF token first (components/auth/post-form.ts). A GET is safe to repeat,
// so one network failure (a connection dropped by a network change) is retried; two are reported as such. The
// browser's fetch is replaced here: these are a client helper's decisions, not the server's answers.
import { afterEach, describe, expect, it, vi } from "vitest";
import { CSRF_RETRY_MS, fetchCsrfToken } from "@/components/auth/post-form";

const tokenAnswer = () => new Response(JSON.stringify({ csrfToken: "token-1" }), { status: 200 });
const dropped = () => Promise.reject(new TypeError("Failed to fetch"));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** Runs the helper on a fake clock: the retry happens when, and only when, its wait has passed. */
async function withRetryWait(): Promise<string | null> {
  vi.useFakeTimers();
  const token = fetchCsrfToken();
  await vi.advanceTimersByTimeAsync(CSRF_RETRY_MS - 1);
  expect(fetch).toHaveBeenCalledTimes(1);
  await vi.advanceTimersByTimeAsync(1);
  return token;
}

describe("fetchCsrfToken", () => {
  it("returns the token at once when the first request answers", async () => {
    const fetch = vi.fn(async () => tokenAnswer());
    vi.stubGlobal("fetch", fetch);
    expect(await fetchCsrfToken()).toBe("token-1");
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith("/api/auth/csrf", { credentials: "same-origin" });
  });

  it("asks again after one network failure and returns the second answer's token", async () => {
    const fetch = vi
      .fn()
      .mockImplementationOnce(dropped)
      .mockImplementationOnce(async () => tokenAnswer());
    vi.stubGlobal("fetch", fetch);
    expect(await withRetryWait()).toBe("token-1");
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("gives up after two failures, so the form can say the server could not be reached", async () => {
    const fetch = vi.fn(dropped);
    vi.stubGlobal("fetch", fetch);
    expect(await withRetryWait()).toBeNull();
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
