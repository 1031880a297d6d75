import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { AdvisorNav } from "@/components/booking/advisor-nav";
import { AdvisorProfileSection } from "@/components/booking/advisor-profile-section";
import { WeekPreview } from "@/components/booking/week-preview";
import { Container } from "@/components/ui/container";
import { ActionForm } from "@/components/ui/form/action-form";
import { TextField } from "@/components/ui/form/form-controls";
import { requireUserOrRedirect } from "@/lib/auth/session";
import { removeDateOverrideAction, saveAvailabilityAction, saveDateOverrideAction } from "@/lib/booking/actions";
import { getOwnAvailability, keepsCalendar } from "@/lib/booking/advisor-service";
import { formatRanges } from "@/lib/booking/availability-input";
import { weekPreview } from "@/lib/booking/queries";
import { TOPICS, TOPIC_LABELS } from "@/lib/booking/topics";
import { getOwnAdvisorProfile } from "@/lib/users/advisor-profile-service";

export const metadata: Metadata = { title: "Availability · Advisor" };
export const dynamic = "force-dynamic";

const WEEKDAYS = [
  ["hours_mon", 1, "Monday"],
  ["hours_tue", 2, "Tuesday"],
  ["hours_wed", 3, "Wednesday"],
  ["hours_thu", 4, "Thursday"],
  ["hours_fri", 5, "Friday"],
  ["hours_sat", 6, "Saturday"],
  ["hours_sun", 0, "Sunday"],
] as const;

export default async function AvailabilityPage() {
  const user = await requireUserOrRedirect("/advisor/availability");
  const advisor = await getOwnAvailability(user.id);
  // Advisors, and mentors (learner role) whose own profile only takes project review calls.
  if (!keepsCalendar(user.role, advisor)) forbidden();
  if (!advisor)
    return (
      <Container className="py-14">
        <p className="text-slate-700 dark:text-slate-300">
          You don’t have an advisor profile yet. Ask an admin to create one.
        </p>
      </Container>
    );
  // A mentor's calls-only profile: learners book review calls on it; no consultations, no public profile.
  const callsOnly = !advisor.consults;
  const [preview, profile] = await Promise.all([
    weekPreview(advisor.id, advisor.timeZone, new Date(), callsOnly ? "review-call" : "consultation"),
    callsOnly ? null : getOwnAdvisorProfile(user.id),
  ]);
  const topicMinutes = (advisor.topicMinutes ?? {}) as Record<string, number>;
  const overrides = new Map<string, string[]>();
  for (const o of advisor.overrides) {
    const key = o.date.toISOString().slice(0, 10);
    overrides.set(key, [
      ...(overrides.get(key) ?? []),
      ...(o.startMinute !== null && o.endMinute !== null
        ? [formatRanges([{ startMinute: o.startMinute, endMinute: o.endMinute }])]
        : []),
    ]);
  }
  return (
    <Container className="py-10 sm:py-14">
      <h1 className="mb-6 text-3xl font-bold tracking-tight text-slate-900 dark:text-white">
        {callsOnly ? "Review-call hours" : "Availability"}
      </h1>
      {callsOnly ? (
        <p className="mb-8 max-w-2xl text-slate-700 dark:text-slate-300">
          Learners in the cohorts you mentor book project review calls in these hours.
        </p>
      ) : (
        <AdvisorNav current="/advisor/availability" />
      )}
      {profile ? <AdvisorProfileSection profile={profile} /> : null}

      <section aria-labelledby="preview-heading" className="mb-12">
        <h2 id="preview-heading" className="mb-3 text-xl font-semibold text-slate-900 dark:text-white">
          {callsOnly ? "What learners can book this week" : "What prospects can book this week"}
        </h2>
        <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">
          Times in {advisor.timeZone}, for a {advisor.meetingMinutes}-minute call, after notice, buffers, caps and
          existing bookings.
        </p>
        <WeekPreview days={preview} timeZone={advisor.timeZone} />
      </section>

      <section aria-labelledby="weekly-heading" className="mb-12">
        <h2 id="weekly-heading" className="mb-3 text-xl font-semibold text-slate-900 dark:text-white">
          Weekly hours and settings
        </h2>
        <ActionForm
          action={saveAvailabilityAction}
          submitLabel="Save availability"
          successMessage="Saved. The preview above shows the new slots."
          className="space-y-6"
        >
          <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            <legend className="mb-2 text-sm text-slate-600 dark:text-slate-400">
              Ranges like 09:00-13:00, 14:00-17:00 in your time zone. Leave a day empty for no hours.
            </legend>
            {WEEKDAYS.map(([field, weekday, label]) => (
              <TextField
                key={field}
                name={field}
                label={label}
                defaultValue={formatRanges(advisor.rules.filter((r) => r.weekday === weekday))}
                maxLength={200}
              />
            ))}
          </fieldset>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            <TextField
              name="timeZone"
              label="Your time zone (IANA)"
              defaultValue={advisor.timeZone}
              required
              maxLength={64}
            />
            <TextField
              name="videoUrl"
              label="Video link (https)"
              type="url"
              defaultValue={advisor.videoUrl}
              maxLength={500}
            />
            <TextField
              name="meetingMinutes"
              label="Call length (minutes)"
              type="number"
              defaultValue={advisor.meetingMinutes}
              min={15}
              max={120}
            />
            <TextField
              name="dailyCap"
              label="Most calls a day"
              type="number"
              defaultValue={advisor.dailyCap ?? ""}
              min={1}
              max={24}
              hint="Empty: no cap."
            />
            <TextField
              name="bufferBeforeMinutes"
              label="Buffer before (minutes)"
              type="number"
              defaultValue={advisor.bufferBeforeMinutes}
              min={0}
              max={240}
            />
            <TextField
              name="bufferMinutes"
              label="Buffer after (minutes)"
              type="number"
              defaultValue={advisor.bufferMinutes}
              min={0}
              max={240}
            />
            <TextField
              name="minNoticeHours"
              label="Minimum notice (hours)"
              type="number"
              defaultValue={advisor.minNoticeHours}
              min={0}
              max={336}
            />
            <TextField
              name="horizonDays"
              label="Bookable up to (days ahead)"
              type="number"
              defaultValue={advisor.horizonDays}
              min={1}
              max={365}
            />
            <TextField
              name="changeCutoffHours"
              label="Changes close (hours before)"
              type="number"
              defaultValue={advisor.changeCutoffHours}
              min={0}
              max={168}
            />
          </div>
          {/* Consultation topics: a review call is one length, the call length. */}
          {callsOnly ? null : (
            <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
              <legend className="mb-2 text-sm text-slate-600 dark:text-slate-400">
                Slot length per topic (minutes); empty uses the call length.
              </legend>
              {TOPICS.map((topic) => (
                <TextField
                  key={topic}
                  name={`minutes_${topic}`}
                  label={TOPIC_LABELS[topic]}
                  type="number"
                  min={15}
                  max={120}
                  defaultValue={topicMinutes[topic] ?? ""}
                />
              ))}
            </fieldset>
          )}
        </ActionForm>
      </section>

      <section aria-labelledby="overrides-heading">
        <h2 id="overrides-heading" className="mb-3 text-xl font-semibold text-slate-900 dark:text-white">
          Date overrides
        </h2>
        <ActionForm
          action={saveDateOverrideAction}
          submitLabel="Save date"
          successMessage="Saved."
          className="grid gap-4 sm:grid-cols-[12rem_minmax(0,1fr)_auto] sm:items-end"
        >
          <TextField name="date" label="Date" type="date" required hint="Shown in your browser’s date format." />
          <TextField name="hours" label="Hours that day" hint="Empty: the day off." maxLength={200} />
        </ActionForm>
        {overrides.size ? (
          <ul className="mt-6 divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
            {[...overrides].map(([date, ranges]) => (
              <li key={date} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm">
                <span className="text-slate-800 dark:text-slate-200">
                  <strong>
                    <time dateTime={date}>{overrideDateLabel(date)}</time>
                  </strong>
                  : {ranges.length ? ranges.join(", ") : "day off"}
                </span>
                <ActionForm
                  action={removeDateOverrideAction}
                  submitLabel={`Remove ${overrideDateLabel(date)}`}
                  className="flex"
                  confirm={{
                    title: `Remove the override for ${overrideDateLabel(date)}?`,
                    description: "That day goes back to your weekly hours; bookings already made stay as they are.",
                    confirmLabel: "Remove override",
                  }}
                >
                  <input type="hidden" name="date" value={date} />
                </ActionForm>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </Container>
  );
}

/** "Monday 14 December 2026": one unambiguous form, whatever the browser's date format is. */
function overrideDateLabel(date: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone: "UTC",
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(new Date(`${date}T00:00:00Z`));
}
