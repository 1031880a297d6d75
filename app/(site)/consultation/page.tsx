import type { Metadata } from "next";
import { Suspense } from "react";
import { BookingWizard } from "@/components/booking/booking-wizard";
import { Container } from "@/components/ui/container";
import { getCurrentUser } from "@/lib/auth/session";
import { createBookingAction } from "@/lib/booking/actions";
import { listPublicAdvisors } from "@/lib/booking/queries";
import { TOPICS, TOPIC_LABELS } from "@/lib/booking/topics";

export const metadata: Metadata = {
  title: "Book a free career consultation",
  description: "A free 30-minute call with an advisor about becoming a backend engineer.",
};
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ advisor?: string | string[] }> };

export default async function ConsultationPage({ searchParams }: Props) {
  const [advisors, user, { advisor }] = await Promise.all([listPublicAdvisors(), getCurrentUser(), searchParams]);
  const chosen = typeof advisor === "string" ? (advisors.find((a) => a.slug === advisor)?.id ?? "") : "";
  return (
    <Container className="max-w-5xl py-12">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">
        Book a free career consultation
      </h1>
      <p className="mt-3 max-w-2xl text-slate-600 dark:text-slate-300">
        Thinking about becoming a backend engineer? Talk it through with an advisor for 30 minutes, free, no account
        needed. You’ll get a calendar invite, reminders, and a personal learning plan after the call.
      </p>
      <div className="mt-10">
        {/* A boundary that never suspends, for the browser's sake: React hydrates what is inside a Suspense boundary
            after the rest of the page, in slices of a few milliseconds, instead of in the page's one long hydration
            task (on a phone that task was most of the blocking time). React may send the content after the page's
            end and reveal it a frame later: the placeholder is taller than any screen, so nothing the visitor sees
            moves when it is swapped for the wizard (the footer is below the fold either way). */}
        <Suspense fallback={<div aria-hidden="true" className="min-h-[150vh]" />}>
          <BookingWizard
            advisors={advisors.map((a) => ({
              id: a.id,
              name: a.user.name ?? "Advisor",
              headline: a.headline,
              bio: a.bio,
              languages: a.languages,
              image: a.user.image,
            }))}
            topics={TOPICS.map((value) => ({ value, label: TOPIC_LABELS[value] }))}
            prefill={{ name: user?.name ?? "", email: user?.email ?? "", timeZone: user?.timeZone ?? "UTC" }}
            initialAdvisorId={chosen}
            action={createBookingAction}
          />
        </Suspense>
      </div>
    </Container>
  );
}
