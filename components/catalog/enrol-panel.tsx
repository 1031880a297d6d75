import { clsx } from "clsx";
import { BUTTON_BASE, BUTTON_STYLES, ButtonLink } from "@/components/ui/button-link";
import type { EnrolCta } from "@/lib/catalog/enrol-cta";
import { EnrolButton, WaitlistButton } from "./enrol-buttons";

/** The one button a course offers this visitor, with what it needs (form, link or explanation). */
export function EnrolPanel({ cta, courseSlug, startHref, className }: { cta: EnrolCta; courseSlug: string; startHref: string | null; className?: string }) {
  switch (cta.kind) {
    case "continue":
    case "sign-in":
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
      // Checkout arrives with the payments release; until then the price is shown but cannot be paid.
      return (
        <div className={className}>
          <button type="button" disabled aria-describedby="buy-note" className={clsx(BUTTON_BASE, BUTTON_STYLES.primary, "w-full")}>
            {cta.label}
          </button>
          <p id="buy-note" className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            Online payment opens soon. Meanwhile, the free preview lessons are open to everyone.
          </p>
        </div>
      );
    case "waitlisted":
    case "unavailable":
      return (
        <p className={clsx("rounded-lg bg-slate-100 px-4 py-3 text-center text-sm font-semibold text-slate-800 dark:bg-slate-800 dark:text-slate-200", className)} role="status">
          {cta.label}
        </p>
      );
  }
}
