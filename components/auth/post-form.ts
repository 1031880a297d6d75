// Client helpers for the JSON auth endpoints: one result shape, 429 carries Retry-After.
import type { ActionResult } from "@/lib/actions/result";

export type FormResult<T = unknown> = ActionResult<T>;

const NETWORK_ERROR = "We could not reach the server. Check your connection and try again.";

export async function postForm<T>(url: string, fields: Record<string, string>): Promise<FormResult<T>> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields),
      credentials: "same-origin",
    });
    return (await response.json()) as FormResult<T>;
  } catch {
    return { ok: false, error: NETWORK_ERROR };
  }
}

export function formFields(form: HTMLFormElement): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of new FormData(form).entries()) if (typeof value === "string") fields[key] = value;
  return fields;
}

/** How long the one retry of the CSRF token waits after a network failure. */
export const CSRF_RETRY_MS = 300;

/**
 * next-auth's CSRF token, asked before each sign-in. A GET changes nothing, so a network failure is retried once a
 * moment later: a connection dropped by a network change (Chromium's ERR_NETWORK_CHANGED, a Wi-Fi hand-over) then
 * costs the person nothing. Null when both attempts fail; the form says the server could not be reached.
 */
export async function fetchCsrfToken(): Promise<string | null> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const response = await fetch("/api/auth/csrf", { credentials: "same-origin" });
      const body = (await response.json()) as { csrfToken?: string };
      return body.csrfToken ?? null;
    } catch {
      if (attempt === 2) return null;
      await new Promise((resolve) => setTimeout(resolve, CSRF_RETRY_MS));
    }
  }
}

export type NextAuthAnswer = { url?: string };

/** POSTs to one of next-auth's own endpoints with its CSRF token; it answers with where to go next. */
export async function postToAuth(path: string, fields: Record<string, string>): Promise<FormResult | NextAuthAnswer> {
  const csrfToken = await fetchCsrfToken();
  if (!csrfToken) return { ok: false, error: NETWORK_ERROR };
  try {
    const response = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ ...fields, csrfToken, json: "true" }),
      credentials: "same-origin",
    });
    return (await response.json()) as FormResult | NextAuthAnswer;
  } catch {
    return { ok: false, error: NETWORK_ERROR };
  }
}
