// The project page's review call: the booked call (time, join link, cancel), the mentor choice and the free
// times in the learner's own zone and clock, to book or move the call.
import { clockTime } from "@/lib/booking/format";
import { sessionDay, sessionTimes, zoneGenericName } from "@/lib/cohorts/format";
import type { getReviewCallPanel } from "@/lib/review-calls/queries";
import { BookReviewCallForm, CancelReviewCallForm } from "./review-call-forms";

type Panel = Awaited<ReturnType<typeof getReviewCallPanel>>;
/** Enough days to choose from without a wall of buttons; the next days come after these are gone. */
const DAYS_SHOWN = 5;

export function ReviewCallPanel({
  panel,
  zone,
  hour12,
  pagePath,
}: {
  panel: Panel;
  zone: string;
  hour12: boolean;
  pagePath: string;
}) {
  const { call, mentors, mentorId } = panel;
  const days = panel.days.slice(0, DAYS_SHOWN).map((day) => ({
    date: day.date,
    label: sessionDay(new Date(day.slots[0]!), zone),
    slots: day.slots.map((start) => ({ start, label: clockTime(start, zone, hour12) })),
  }));
  return (
    <section
      aria-labelledby="review-call"
      data-testid="review-call"
      className="rounded-2xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id="review-call" className="text-xl font-bold text-slate-900 dark:text-white">
        Review call
      </h2>
      {call ? (
        <div className="mt-3 space-y-3 text-slate-700 dark:text-slate-300" data-testid="review-call-booked">
          <p>
            With <strong className="text-slate-900 dark:text-white">{call.mentorName}</strong> on{" "}
            <time dateTime={call.startsAt.toISOString()} className="font-semibold text-slate-900 dark:text-white">
              {sessionDay(call.startsAt, zone)}, {sessionTimes(call.startsAt, call.endsAt, zone, hour12)}
            </time>{" "}
            ({zoneGenericName(zone)}).
          </p>
          {call.joinUrl ? (
            <p>
              <a
                href={call.joinUrl}
                className="font-semibold text-brand-700 underline dark:text-brand-300"
                rel="noopener noreferrer"
                target="_blank"
              >
                Join the call
              </a>
            </p>
          ) : (
            <p>Your mentor will send the link to join.</p>
          )}
          {call.canChange ? (
            <CancelReviewCallForm submissionId={panel.submissionId} />
          ) : (
            <p className="text-sm">
              Changes are closed this close to the call. Write to your mentor if you cannot make it.
            </p>
          )}
        </div>
      ) : (
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          This project includes a 1:1 call with a mentor about your submission. Pick a mentor and a time.
        </p>
      )}

      {mentors.length === 0 ? (
        <p className="mt-3 text-slate-700 dark:text-slate-300">
          No mentor of your cohort takes calls yet. Check back soon.
        </p>
      ) : !call || call.canChange ? (
        <div className="mt-5 space-y-4">
          {!call && mentors.length > 1 ? (
            <form method="get" action={pagePath} className="flex flex-wrap items-end gap-3">
              <label className="text-sm font-semibold text-slate-900 dark:text-white">
                Mentor
                <select
                  name="mentor"
                  defaultValue={mentorId ?? undefined}
                  className="mt-1 block rounded-lg border border-slate-300 bg-white px-3 py-2 font-normal dark:border-slate-700 dark:bg-slate-950"
                >
                  {mentors.map((mentor) => (
                    <option key={mentor.id} value={mentor.id}>
                      {mentor.name}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="submit"
                className="rounded-lg px-4 py-2 text-sm font-semibold text-slate-900 ring-1 ring-slate-300 ring-inset hover:bg-slate-50 dark:text-slate-100 dark:ring-slate-700 dark:hover:bg-slate-800"
              >
                Show times
              </button>
            </form>
          ) : !call ? (
            <p className="text-sm text-slate-700 dark:text-slate-300">
              With <strong>{mentors[0]!.name}</strong>.
            </p>
          ) : null}
          {days.length === 0 ? (
            <p className="text-slate-700 dark:text-slate-300">
              No free times in the next two weeks. Try another mentor or check back later.
            </p>
          ) : (
            <BookReviewCallForm
              submissionId={panel.submissionId}
              mentorId={mentorId!}
              days={days}
              zoneLabel={zoneGenericName(zone)}
              moving={Boolean(call)}
            />
          )}
        </div>
      ) : null}
    </section>
  );
}
