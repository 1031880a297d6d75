"use client";

import { useRouter } from "next/navigation";
import { startTransition, useEffect, useRef, useState } from "react";
import {
  FieldErrorsProvider,
  FormAlert,
  SubmitButton,
  TextField,
  useFieldErrors,
  useKeptValue,
} from "@/components/ui/form/form-controls";
import { DeferredHydration } from "@/components/ui/deferred-hydration";
import { INPUT_ERROR_STYLES, INPUT_STYLES } from "@/components/ui/form/form-styles";
import { useKeptActionState } from "@/components/ui/form/use-kept-action-state";
import type { ActionResult } from "@/lib/actions/result";
import type { BookingCreated } from "@/lib/booking/booking-service";
import { dateFormat } from "@/lib/booking/format";
import { AdvisorCards, type PublicAdvisor } from "./advisor-cards";
import { browserClock, type BrowserClock } from "./browser-clock";
import { SlotPicker } from "./slot-picker";
import { TimeZoneField } from "./time-zone-field";
import { timeLabel, longDateLabel, todayIn } from "./zone-dates";

type Props = {
  advisors: PublicAdvisor[];
  topics: Array<{ value: string; label: string }>;
  prefill: { name: string; email: string; timeZone: string };
  initialAdvisorId: string;
  action: (previous: unknown, formData: FormData) => Promise<ActionResult<BookingCreated>>;
};

/**
 * The browser's zone and 12/24-hour clock, read in a worker (clock.worker.ts) after the page has hydrated: the
 * main thread only starts the worker, in a task of its own, so neither ICU's data nor the worker's start-up lengthens
 * the hydration's task on a phone.
 */
function readBrowserClock(done: (clock: BrowserClock) => void): () => void {
  let worker: Worker | undefined;
  const start = () => {
    try {
      worker = new Worker(new URL("./clock.worker.ts", import.meta.url), { type: "module" });
    } catch {
      done(browserClock());
      return;
    }
    worker.onmessage = (event: MessageEvent<BrowserClock>) => {
      done(event.data);
      worker?.terminate();
    };
    worker.onerror = () => {
      done(browserClock());
      worker?.terminate();
    };
  };
  const timer = setTimeout(start, 0);
  return () => {
    clearTimeout(timer);
    worker?.terminate();
  };
}

/** Starts reading the browser's clock once it has hydrated: it sits with the parts that show the times, which hydrate
 * late (DeferredHydration), and an answer that arrived before them would be an update to a part still being
 * hydrated, which React then throws away and renders again (losing what an early click did). */
function ClockReader({ onClock }: { onClock: (clock: BrowserClock) => void }) {
  useEffect(() => readBrowserClock((clock) => startTransition(() => onClock(clock))), [onClock]);
  return null;
}

function GoalField() {
  const errors = useFieldErrors("goal");
  const kept = useKeptValue("goal");
  return (
    <div>
      <label htmlFor="booking-goal" className="block text-sm font-medium text-slate-900 dark:text-slate-100">
        What would you like from the call?
      </label>
      <textarea
        id="booking-goal"
        name="goal"
        rows={3}
        maxLength={1000}
        required
        defaultValue={kept}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? "booking-goal-error" : undefined}
        className={`mt-1.5 ${errors?.length ? INPUT_ERROR_STYLES : INPUT_STYLES}`}
      />
      {errors?.length ? (
        <p id="booking-goal-error" className="mt-1.5 text-sm text-rose-700 dark:text-rose-400">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function BookingWizard({ advisors, topics, prefill, initialAdvisorId, action }: Props) {
  const router = useRouter();
  const [topic, setTopic] = useState(topics[0]!.value);
  const [advisorId, setAdvisorId] = useState(initialAdvisorId);
  // The browser's zone and clock preference until the person picks their own. Set in a transition after
  // hydration: the re-render it causes (every time label) is then done in slices, not as one long task on load
  // (useSyncExternalStore's server snapshot forced a synchronous re-render of the whole wizard).
  const [detected, setDetected] = useState<BrowserClock>({ zone: null, hour12: false });
  const detectedZone = detected.zone;
  const detectedHour12 = detected.hour12;
  const [chosenZone, setTimeZone] = useState<string | null>(null);
  const [chosenHour12, setHour12] = useState<boolean | null>(null);
  const timeZone = chosenZone ?? detectedZone ?? prefill.timeZone;
  const hour12 = chosenHour12 ?? detectedHour12;
  const [startsAt, setStartsAt] = useState<string | null>(null);
  const [refresh, setRefresh] = useState(0);
  // One key per booking attempt, so a retried submit (double click, flaky network) books once.
  const idempotencyKey = useRef("");
  // A refused booking keeps every field and the chosen time; a time someone else took is cleared and the
  // nearest free ones offered instead.
  const {
    result: state,
    values,
    pending,
    formProps,
  } = useKeptActionState(
    async (previous: unknown, formData: FormData) => {
      idempotencyKey.current ||= crypto.randomUUID().replace(/-/g, "");
      formData.set("idempotencyKey", idempotencyKey.current);
      const result = await action(previous, formData);
      if (result.ok) router.push(`/consultation/booked/${result.data.bookingId}`);
      else if (result.fieldErrors?.alternatives) {
        setStartsAt(null);
        setRefresh((n) => n + 1);
      }
      return result;
    },
    { resetOnSuccess: false },
  );

  const alternatives = state && !state.ok ? (state.fieldErrors?.alternatives ?? []) : [];
  // No <Suspense> around the sections: React streams a large boundary after the footer and reveals it a moment
  // after the first paint, which moved the whole page (a layout shift of 0.10 on a desktop). The page puts one
  // around the whole wizard instead, with a placeholder taller than any screen (see consultation/page.tsx).
  return (
    <div className="space-y-10">
      <fieldset>
        <legend className="text-base font-semibold text-slate-900 dark:text-white">
          What would you like to talk about?
        </legend>
        <div className="mt-3 flex flex-wrap gap-2">
          {topics.map((t) => (
            <label
              key={t.value}
              className="cursor-pointer rounded-full px-4 py-2 text-sm font-medium text-slate-700 ring-1 ring-slate-300 ring-inset has-[:checked]:bg-brand-600 has-[:checked]:text-white has-[:checked]:ring-brand-600 has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600 dark:text-slate-200 dark:ring-slate-700 dark:has-[:checked]:bg-brand-400 dark:has-[:checked]:text-slate-950"
            >
              <input
                type="radio"
                name="topic-choice"
                className="sr-only"
                checked={topic === t.value}
                onChange={() => {
                  setTopic(t.value);
                  setStartsAt(null);
                }}
              />
              {t.label}
            </label>
          ))}
        </div>
      </fieldset>

      <AdvisorCards
        advisors={advisors}
        value={advisorId}
        onChange={(id) => {
          setAdvisorId(id);
          setStartsAt(null);
        }}
      />

      {/* Below the fold on a phone: hydrated when in view, at the first scroll or interaction, the server's HTML
          shown meanwhile (issue 28 item 21: their hydration, the month's fetch and the clock's worker were the phone's
          blocking time on load). */}
      <DeferredHydration className="space-y-10">
        <ClockReader onClock={setDetected} />
        <section aria-labelledby="when-heading" className="space-y-5">
          <h2 id="when-heading" className="text-base font-semibold text-slate-900 dark:text-white">
            When?
          </h2>
          <TimeZoneField
            value={timeZone}
            onChange={(zone) => {
              setTimeZone(zone);
              setStartsAt(null);
            }}
            hour12={hour12}
            onHour12Change={setHour12}
          />
          <SlotPicker
            key={`${timeZone}|${todayIn(timeZone).slice(0, 7)}`}
            topic={topic}
            advisorId={advisorId}
            timeZone={timeZone}
            hour12={hour12}
            selected={startsAt}
            onSelect={setStartsAt}
            refreshKey={refresh}
          />
        </section>

        <FieldErrorsProvider errors={state && !state.ok ? state.fieldErrors : undefined} values={values}>
          <form
            {...formProps}
            noValidate
            className="space-y-4 rounded-2xl border border-slate-200 p-6 dark:border-slate-800"
            aria-labelledby="details-heading"
          >
            <h2 id="details-heading" className="text-base font-semibold text-slate-900 dark:text-white">
              Your details
            </h2>
            {state && !state.ok ? (
              <FormAlert>
                {state.error}
                {alternatives.length ? (
                  <span className="mt-2 flex flex-wrap gap-2">
                    {alternatives.map((iso) => (
                      <button
                        key={iso}
                        type="button"
                        onClick={() => setStartsAt(iso)}
                        className="rounded-md bg-white px-2 py-1 text-xs font-semibold text-rose-800 ring-1 ring-rose-300 dark:bg-slate-900 dark:text-rose-200 dark:ring-rose-800"
                      >
                        Choose {timeLabel(iso, timeZone, hour12)}
                      </button>
                    ))}
                  </span>
                ) : null}
              </FormAlert>
            ) : null}
            <p className="text-sm text-slate-700 dark:text-slate-300" aria-live="polite">
              {startsAt
                ? `Chosen time: ${longDateLabel(todayLike(startsAt, timeZone))} at ${timeLabel(startsAt, timeZone, hour12)} (${timeZone}).`
                : "Choose a day and a time above."}
            </p>
            <input type="hidden" name="topic" value={topic} />
            <input type="hidden" name="advisorId" value={advisorId} />
            <input type="hidden" name="startsAt" value={startsAt ?? ""} />
            <input type="hidden" name="timeZone" value={timeZone} />
            <input type="hidden" name="hour12" value={String(hour12)} />
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField
                name="name"
                label="Name"
                autoComplete="name"
                defaultValue={prefill.name}
                required
                maxLength={100}
              />
              <TextField
                name="email"
                label="Email"
                type="email"
                autoComplete="email"
                defaultValue={prefill.email}
                required
                maxLength={254}
              />
            </div>
            <TextField
              name="currentRole"
              label="Current role"
              hint="For example: support engineer, student, frontend developer."
              maxLength={200}
            />
            <GoalField />
            {/* Honeypot: off-screen and skipped by keyboard and screen readers; bots fill it. */}
            <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
              <label htmlFor="booking-website">Website</label>
              <input id="booking-website" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
            </div>
            <SubmitButton pending={pending} pendingLabel="Booking…">
              Confirm booking
            </SubmitButton>
          </form>
        </FieldErrorsProvider>
      </DeferredHydration>
    </div>
  );
}

/** The visitor's calendar date of an instant. */
function todayLike(iso: string, timeZone: string): string {
  const parts = dateFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "01";
  return `${get("year")}-${get("month")}-${get("day")}`;
}
