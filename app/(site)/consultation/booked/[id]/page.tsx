import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { HOLD_MINUTES } from "@/lib/booking/confirmation";
import { formatInZone } from "@/lib/booking/format";
import { getBookingConfirmation } from "@/lib/booking/queries";
import { TOPIC_LABELS } from "@/lib/booking/topics";

export const metadata: Metadata = { title: "Consultation booked", robots: { index: false } };
export const dynamic = "force-dynamic";

/** What happens next: nothing for a cancelled call, confirmation first for one still held. */
function nextSteps(booking: { status: string; confirmedAt: Date | null }): string {
  if (booking.status === "CANCELLED")
    return "Nothing more will happen for this call: no reminders and no invite. You can book a new one whenever you like.";
  if (booking.confirmedAt)
    return "It’s confirmed: your advisor knows, and the calendar invite with the video link is in your email. We’ll remind you 24 hours and 1 hour before the call.";
  return `One step left: we’ve emailed you a link to confirm it. We hold this time for you for ${HOLD_MINUTES} minutes; once you confirm, your advisor is told and we email you the calendar invite with the video link. We’ll remind you 24 hours and 1 hour before the call.`;
}

export default async function BookedPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const booking = id.length <= 64 ? await getBookingConfirmation(id) : null;
  if (!booking) notFound();
  return (
    <Container className="max-w-2xl py-16">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">
        {booking.status === "CANCELLED" ? "This consultation was cancelled" : "You’re booked"}
      </h1>
      <dl className="mt-8 space-y-3 rounded-2xl border border-slate-200 p-6 text-sm dark:border-slate-800">
        <div className="flex flex-wrap gap-x-2">
          <dt className="font-semibold text-slate-900 dark:text-white">When:</dt>
          <dd className="text-slate-700 dark:text-slate-200">
            {formatInZone(booking.startsAt, booking.timeZone, booking.hour12)}
          </dd>
        </div>
        <div className="flex flex-wrap gap-x-2">
          <dt className="font-semibold text-slate-900 dark:text-white">With:</dt>
          <dd className="text-slate-700 dark:text-slate-200">{booking.advisor.user.name ?? "Your advisor"}</dd>
        </div>
        <div className="flex flex-wrap gap-x-2">
          <dt className="font-semibold text-slate-900 dark:text-white">Topic:</dt>
          <dd className="text-slate-700 dark:text-slate-200">{TOPIC_LABELS[booking.topic]}</dd>
        </div>
      </dl>
      <p className="mt-6 text-slate-600 dark:text-slate-300">{nextSteps(booking)}</p>
      <div className="mt-8 flex flex-wrap gap-3">
        {booking.status === "CANCELLED" ? (
          <ButtonLink href="/consultation">Book another consultation</ButtonLink>
        ) : (
          <ButtonLink href="/courses">Browse courses meanwhile</ButtonLink>
        )}
      </div>
    </Container>
  );
}
