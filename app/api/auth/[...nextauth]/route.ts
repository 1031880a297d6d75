// Not a JSON route of ours: next-auth answers (redirects, HTML and its own JSON); guardAuthPost refuses first.
import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { getAuthOptions } from "@/lib/accounts/auth-options";
import { guardAuthPost } from "@/lib/accounts/sign-in-guard";

type Context = { params: Promise<{ nextauth: string[] }> };

export const dynamic = "force-dynamic";

function handle(request: NextRequest, context: Context): Promise<Response> {
  return NextAuth(getAuthOptions())(request, context) as Promise<Response>;
}

export function GET(request: NextRequest, context: Context) {
  return handle(request, context);
}

export async function POST(request: NextRequest, context: Context) {
  const { nextauth } = await context.params;
  const refusal = await guardAuthPost(nextauth.join("/"), request);
  return refusal ?? handle(request, context);
}
