import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { Badge } from "@/components/ui/badge";
import { Container } from "@/components/ui/container";
import { ActionForm } from "@/components/ui/form/action-form";
import { TextField } from "@/components/ui/form/form-controls";
import { getUserWithRoleOrRedirect } from "@/lib/auth/session";
import { createAdvisorProfileAction, setAdvisorActiveAction } from "@/lib/booking/actions";
import { listAdvisorsForAdmin, listAllBookings } from "@/lib/booking/admin-service";
import { countOf } from "@/lib/format/count";
import { TOPIC_LABELS } from "@/lib/booking/topics";

export const metadata: Metadata = { title: "Advisors · Admin" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ page?: string }> };

export default async function AdminAdvisorsPage({ searchParams }: Props) {
  const { allowed } = await getUserWithRoleOrRedirect("/admin/advisors", "ADMIN");
  if (!allowed) forbidden();
  const page = Math.min(10_000, Math.max(1, Number.parseInt((await searchParams).page ?? "1", 10) || 1));
  const [advisors, bookings] = await Promise.all([listAdvisorsForAdmin(), listAllBookings(page)]);
  return (
    <Container className="py-10 sm:py-14">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">Admin</h1>
      <p className="mt-2 mb-6 text-sm text-slate-600 dark:text-slate-400">
        Advisor profiles and every consultation booking.
      </p>
      <AdminNav current="/admin/advisors" />

      <section aria-labelledby="advisors-heading" className="mb-12">
        <h2 id="advisors-heading" className="mb-4 text-xl font-semibold text-slate-900 dark:text-white">
          Advisors
        </h2>
        <ul className="divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
          {advisors.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm">
              <span className="text-slate-800 dark:text-slate-200">
                <strong>{a.user.name ?? a.user.email}</strong> · {a.user.email} · {a.timeZone} ·{" "}
                {countOf(a._count.bookings, "booking")}{" "}
                <Badge tone={a.active ? "green" : "neutral"}>{a.active ? "active" : "disabled"}</Badge>{" "}
                {a.callsOnly ? <Badge tone="brand">Review calls only</Badge> : null}
                {a.gaps.length > 0 ? <Badge tone="amber">not public yet</Badge> : null}
                {a.callsOnly ? (
                  <span className="mt-1 block text-xs text-slate-600 dark:text-slate-400">
                    A mentor’s profile: their cohorts’ learners book project review calls with them. Not offered for
                    consultations.
                  </span>
                ) : null}
                {a.gaps.length > 0 ? (
                  <span className="mt-1 block text-xs text-slate-600 dark:text-slate-400">
                    Missing before the profile is shown to prospects: {a.gaps.join(" ")}
                  </span>
                ) : null}
              </span>
              <ActionForm
                action={setAdvisorActiveAction}
                submitLabel={a.active ? `Disable ${a.user.name ?? "advisor"}` : `Enable ${a.user.name ?? "advisor"}`}
                variant="secondary"
                className="flex"
                confirm={
                  a.active
                    ? {
                        title: `Disable ${a.user.name ?? "this advisor"}?`,
                        description: a.callsOnly
                          ? "Their free times leave the review-call booking at once; calls already booked stay as they are. You can enable them again later."
                          : "Their free times leave the booking page at once; consultations already booked stay as they are. You can enable them again later.",
                        confirmLabel: "Disable advisor",
                      }
                    : undefined
                }
              >
                <input type="hidden" name="advisorId" value={a.id} />
                <input type="hidden" name="active" value={a.active ? "false" : "true"} />
              </ActionForm>
            </li>
          ))}
        </ul>
        <h3 className="mt-8 mb-3 font-semibold text-slate-900 dark:text-white">Create an advisor profile</h3>
        <ActionForm
          action={createAdvisorProfileAction}
          submitLabel="Create profile"
          successMessage="Created. Their role is now advisor; they sign in again to see the advisor pages."
          className="grid gap-4 sm:grid-cols-3 sm:items-end"
        >
          <TextField name="email" label="Account email" type="email" required />
          <TextField name="headline" label="Headline" required maxLength={200} />
          <TextField name="timeZone" label="Time zone (IANA)" defaultValue="Europe/London" required maxLength={64} />
        </ActionForm>
      </section>

      <section aria-labelledby="bookings-heading">
        <h2 id="bookings-heading" className="mb-4 text-xl font-semibold text-slate-900 dark:text-white">
          All bookings ({bookings.total})
        </h2>
        {/* Wider than a phone: it scrolls sideways, and keyboard users reach the scroll through its focus. */}
        <div
          className="overflow-x-auto rounded-2xl border border-slate-200 focus-visible:outline-2 focus-visible:outline-brand-600 dark:border-slate-800"
          tabIndex={0}
          role="region"
          aria-label="Bookings table"
        >
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-50 text-slate-700 dark:bg-slate-800 dark:text-slate-200">
              <tr>
                <th scope="col" className="px-4 py-2">
                  When (UTC)
                </th>
                <th scope="col" className="px-4 py-2">
                  Prospect
                </th>
                <th scope="col" className="px-4 py-2">
                  Advisor
                </th>
                <th scope="col" className="px-4 py-2">
                  Topic
                </th>
                <th scope="col" className="px-4 py-2">
                  Status
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 text-slate-800 dark:divide-slate-800 dark:text-slate-200">
              {bookings.bookings.map((b) => (
                <tr key={b.id}>
                  <td className="px-4 py-2 whitespace-nowrap">
                    {b.startsAt.toISOString().slice(0, 16).replace("T", " ")}
                  </td>
                  <td className="px-4 py-2">
                    {b.name} · {b.email}
                  </td>
                  <td className="px-4 py-2">{b.advisor.user.name}</td>
                  <td className="px-4 py-2">{TOPIC_LABELS[b.topic]}</td>
                  <td className="px-4 py-2">{b.status.toLowerCase()}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {bookings.pageCount > 1 ? (
          <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
            Page {page} of {bookings.pageCount}.{" "}
            {page < bookings.pageCount ? (
              <a
                className="font-medium text-brand-700 underline dark:text-brand-300"
                href={`/admin/advisors?page=${page + 1}`}
              >
                Next page
              </a>
            ) : null}
          </p>
        ) : null}
      </section>
    </Container>
  );
}
