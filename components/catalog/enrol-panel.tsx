"use client";
import { clsx } from "clsx";
import { usePathname } from "next/navigation";
import { ButtonLink } from "@/components/ui/button-link";
import type { EnrolCta } from "@/lib/catalog/enrol-cta";
import { EnrolButton, WaitlistButton } from "./enrol-buttons";

/** The one button a course offers this visitor, with what it needs (form, link or explanation). */
export function EnrolPanel({
  cta,
  courseSlug,
  startHref,
  className,
}: {
  cta: EnrolCta;
  courseSlug: string;
  startHref: string | null;
  className?: string;
}) {
  // Signing in (or up) to enrol from a lesson comes back to that lesson, not the course page.
  const here = usePathname();
  switch (cta.kind) {
    case "sign-in":
      return (
        <ButtonLink
          href={here ? `/sign-in?${new URLSearchParams({ callbackUrl: here })}` : cta.href}
          className={clsx("w-full", className)}
        >
          {cta.label}
        </ButtonLink>
      );
    case "continue":
      return (
        <ButtonLink href={cta.href} className={clsx("w-full", className)}>
          {cta.label}
        </ButtonLink>
      );
    case "enrol":
      return <EnrolButton courseSlug={courseSlug} label={cta.label} startHref={startHref} className={className} />;
    case "waitlist":
      return <WaitlistButton courseSlug={courseSlug} cohortId={cta.cohortId} label={cta.label} className={className} />;
    case "buy":
      // Checkout page: order summary, coupon, then Stripe (or the built-in test provider).
      return (
        <ButtonLink href={cta.href} className={clsx("w-full", className)}>
          {cta.label}
        </ButtonLink>
      );
    case "processing":
      return (
        <div
          role="status"
          className={clsx(
            "rounded-lg bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:bg-amber-950/60 dark:text-amber-100",
            className,
          )}
        >
          <p className="font-semibold">{cta.label}</p>
          <p className="mt-1">
            Your bank is confirming your payment; this can take a few days. We will e-mail you when the course opens.{" "}
            <a href={cta.href} className="font-semibold underline">
              See your billing
            </a>
          </p>
        </div>
      );
    case "waitlisted":
    case "unavailable":
      return (
        <p
          className={clsx(
            "rounded-lg bg-slate-100 px-4 py-3 text-center text-sm font-semibold text-slate-800 dark:bg-slate-800 dark:text-slate-200",
            className,
          )}
          role="status"
        >
          {cta.label}
        </p>
      );
  }
}
