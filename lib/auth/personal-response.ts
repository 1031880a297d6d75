// JSON for one person's eyes: never cached by browsers or proxies, and a stale signed-in hint is cleared.
import { NextResponse } from "next/server";
import { SIGNED_IN_HINT } from "./signed-in-hint";

export function personalJson(body: unknown, signedIn: boolean, init: { status?: number } = {}): NextResponse {
  const response = NextResponse.json(body, { status: init.status ?? 200, headers: { "Cache-Control": "private, no-store" } });
  if (!signedIn) response.cookies.delete(SIGNED_IN_HINT);
  return response;
}
