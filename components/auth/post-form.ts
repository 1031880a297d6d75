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

export async function fetchCsrfToken(): Promise<string | null> {
  try {
    const response = await fetch("/api/auth/csrf", { credentials: "same-origin" });
    const body = (await response.json()) as { csrfToken?: string };
    return body.csrfToken ?? null;
  } catch {
    return null;
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
