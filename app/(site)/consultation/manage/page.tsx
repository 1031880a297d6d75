import type { Metadata } from "next";
import { ManageBooking } from "@/components/booking/manage-booking";
import { FormAlert } from "@/components/ui/form/form-controls";
import { Container } from "@/components/ui/container";
import { ButtonLink } from "@/components/ui/button-link";
import { DomainError } from "@/lib/actions/errors";
import { ActionForm } from "@/components/ui/form/action-form";
import {
  cancelBookingByTokenAction,
  confirmBookingByTokenAction,
  rescheduleBookingByTokenAction,
} from "@/lib/booking/actions";
import { HOLD_MINUTES } from "@/lib/booking/confirmation";
import { formatInZone } from "@/lib/booking/format";
import { bookingForToken } from "@/lib/booking/manage-service";
import { TOPIC_LABELS } from "@/lib/booking/topics";

export const metadata: Metadata = { title: "Your consultation", robots: { index: false } };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ token?: string | string[] }> };

// Opening this page changes nothing (mail scanners follow links); only its buttons do.
export default async function ManageConsultationPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const value = typeof token === "string" ? token.slice(0, 200) : "";
  const found = await bookingForToken(value).catch((error: unknown) =>
    error instanceof DomainError ? error : Promise.reject(error),
  );
  if (found instanceof DomainError) {
    return (
      <Container className="max-w-2xl py-16">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">Your consultation</h1>
        <div className="mt-6">
          <FormAlert>{found.message}</FormAlert>
        </div>
        <ButtonLink href="/consultation" className="mt-6">
          Book a consultation
        </ButtonLink>
      </Container>
    );
  }
  const { booking, canChange, changesCloseAt, awaitingConfirmation } = found;
  if (awaitingConfirmation && booking.status === "CONFIRMED") {
    return (
      <Container className="max-w-2xl py-16">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">Confirm your consultation</h1>
        <p className="mt-4 text-slate-700 dark:text-slate-200">
          {TOPIC_LABELS[booking.topic]} with {booking.advisor.user.name ?? "your advisor"}:{" "}
          <strong>{formatInZone(booking.startsAt, booking.timeZone, booking.hour12)}</strong>
        </p>
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          We hold this time for you for {HOLD_MINUTES} minutes after booking. Once you confirm, your advisor is told and
          we email you the calendar invite.
        </p>
        <ActionForm
          action={confirmBookingByTokenAction}
          submitLabel="Confirm consultation"
          pendingLabel="Confirming…"
          successMessage="Confirmed. We’ve emailed you the calendar invite and a link to reschedule or cancel."
          className="mt-8"
        >
          <input type="hidden" name="token" value={value} />
        </ActionForm>
      </Container>
    );
  }
  const summary = `${TOPIC_LABELS[booking.topic]} with ${booking.advisor.user.name ?? "your advisor"}`;
  const when = formatInZone(booking.startsAt, booking.timeZone, booking.hour12);
  return (
    <Container className="max-w-4xl py-16">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">Your consultation</h1>
      {canChange ? (
        <div className="mt-4">
          <ManageBooking
            token={value}
            topic={booking.topic}
            advisorId={booking.advisorId}
            timeZone={booking.timeZone}
            hour12={booking.hour12}
            summary={summary}
            when={when}
            changesClose={formatInZone(changesCloseAt, booking.timeZone, booking.hour12)}
            cancelAction={cancelBookingByTokenAction}
            rescheduleAction={rescheduleBookingByTokenAction}
          />
        </div>
      ) : (
        <div className="mt-4 space-y-6">
          <p className="text-slate-700 dark:text-slate-200">
            {summary}: <strong>{when}</strong>
          </p>
          <FormAlert tone="info">
            {booking.status === "CONFIRMED"
              ? "Changes are closed this close to the call. Reply to your booking email to reach your advisor."
              : "This consultation can no longer be changed."}
          </FormAlert>
        </div>
      )}
    </Container>
  );
}
