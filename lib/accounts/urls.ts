import { env } from "../env";

/** Absolute link for emails, always built from APP_URL (never from the request's Host header). */
export function appUrl(path: string, params?: Record<string, string>): string {
  const url = new URL(path, env().APP_URL);
  for (const [key, value] of Object.entries(params ?? {})) url.searchParams.set(key, value);
  return url.toString();
}
