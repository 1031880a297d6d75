import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { CheckoutForm } from "@/components/payments/checkout-form";
import { TestModeBanner } from "@/components/payments/test-mode-banner";
import { requireUserOrRedirect } from "@/lib/auth/session";
import { slugSchema } from "@/lib/learning/schema";
import { getCheckoutSummary } from "@/lib/payments/checkout-summary";
import { isTestMode } from "@/lib/payments/provider";
import { clockTime } from "@/lib/booking/format";
import { cohortDates, sessionDay, zoneName } from "@/lib/cohorts/format";

export const metadata: Metadata = { title: "Checkout", robots: { index: false } };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ cohort?: string | string[] }> };

export default async function CheckoutPage({ params, searchParams }: Props) {
  const slug = slugSchema.safeParse((await params).slug);
  if (!slug.success) notFound();
  const wanted = (await searchParams).cohort;
  const cohortId = typeof wanted === "string" && wanted.length <= 64 ? wanted : undefined;
  const user = await requireUserOrRedirect(
    `/courses/${slug.data}/checkout${cohortId ? `?${new URLSearchParams({ cohort: cohortId })}` : ""}`,
  );
  const summary = await getCheckoutSummary(user.id, slug.data, new Date(), cohortId);
  if (!summary || summary.free) notFound();
  const choices = summary.cohorts.map((cohort) => ({
    id: cohort.id,
    title: cohort.title,
    dates: cohortDates(cohort.startsAt, cohort.endsAt, user.timeZone),
    starts: `Starts ${sessionDay(cohort.startsAt, user.timeZone)}, ${clockTime(cohort.startsAt, user.timeZone, user.hour12)} ${zoneName(user.timeZone, cohort.startsAt)}`,
    seatsLeft: cohort.seatsLeft,
  }));
  const allFull = summary.cohorts.length > 0 && summary.cohorts.every((c) => c.seatsLeft === 0);

  return (
    <Container className="max-w-xl py-10 sm:py-14">
      {isTestMode() ? <TestModeBanner /> : null}
      <p className="text-sm font-semibold text-brand-700 dark:text-brand-300">Checkout</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight text-slate-900 dark:text-white">{summary.courseTitle}</h1>
      <div className="mt-8">
        {summary.enrolled ? (
          <Notice text="You are already enrolled in this course." href={summary.startHref} label="Continue learning" />
        ) : summary.processing ? (
          <Notice
            text="Your payment for this course is being confirmed by your bank. Some payment methods take a few days; we will e-mail you as soon as it is through."
            href="/billing"
            label="See your billing"
          />
        ) : summary.noCohortOpen ? (
          <Notice
            text="No upcoming cohort is open for enrolment yet."
            href={`/courses/${summary.courseSlug}`}
            label="Back to the course"
          />
        ) : allFull ? (
          <Notice
            text="Every upcoming cohort is sold out. Join a cohort's waitlist on the course page and we will e-mail you if a seat opens."
            href={`/courses/${summary.courseSlug}`}
            label="Back to the course"
          />
        ) : (
          <CheckoutForm
            courseSlug={summary.courseSlug}
            courseTitle={summary.courseTitle}
            price={summary.price}
            holdsSeat={summary.cohort !== null}
            cohorts={choices}
            selectedCohortId={summary.cohort?.id ?? null}
            detail={summary.cohort ? null : "Lifetime access, self-paced"}
          />
        )}
      </div>
    </Container>
  );
}

function Notice({ text, href, label }: { text: string; href: string; label: string }) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900">
      <p role="status" className="text-slate-800 dark:text-slate-200">
        {text}
      </p>
      <ButtonLink href={href} className="mt-4">
        {label}
      </ButtonLink>
    </div>
  );
}
