// JSON for one person's eyes: never cached by browsers or proxies. It carries the slid session cookie
// when one is due, and clears a signed-in hint that no longer holds.
import { NextResponse } from "next/server";
import { setRefreshedCookie, type RefreshedCookie } from "./refresh";
import { SIGNED_IN_HINT } from "./signed-in-hint";

type Session = { user: unknown; refreshed: RefreshedCookie | null };

export function personalJson(body: unknown, session: Session, init: { status?: number } = {}): NextResponse {
  const response = NextResponse.json(body, {
    status: init.status ?? 200,
    headers: { "Cache-Control": "private, no-store" },
  });
  if (!session.user) response.cookies.delete(SIGNED_IN_HINT);
  const { refreshed } = session;
  if (refreshed) setRefreshedCookie(response.cookies, refreshed);
  return response;
}
