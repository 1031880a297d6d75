// Stripe's cancel_url: the learner left Checkout. Their open checkout ends and its seat goes back, then
// they return to the course page.
// Not a JSON route: a browser arrives here from Stripe and is redirected.
import { NextResponse } from "next/server";
import { getCurrentUser, signInPath } from "@/lib/auth/session";
import { appUrl } from "@/lib/accounts/urls";
import { cancelCheckout } from "@/lib/payments/checkout-return";
import { cancelCheckoutSchema } from "@/lib/payments/schema";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const parsed = cancelCheckoutSchema.safeParse({ paymentId: url.searchParams.get("payment") });
  const user = await getCurrentUser();
  if (!user) return NextResponse.redirect(appUrl(signInPath(`${url.pathname}${url.search}`)), 303);
  const slug = parsed.success ? await cancelCheckout(user.id, parsed.data.paymentId) : null;
  return NextResponse.redirect(appUrl(slug ? `/courses/${slug}` : "/courses"), 303);
}
