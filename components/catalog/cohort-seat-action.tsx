"use client";
// One cohort's button on the cached course page: buy a seat in that cohort, or join its waitlist when it is
// full. Enrolled learners get none (the enrolment panel already takes them to the course).
import { ButtonLink } from "@/components/ui/button-link";
import { useCourseLearner } from "@/components/learner/learner-state";
import { WaitlistButton } from "./enrol-buttons";

type Props = { courseSlug: string; cohortId: string; cohortTitle: string; seatsLeft: number; priceLabel: string };

export function CohortSeatAction({ courseSlug, cohortId, cohortTitle, seatsLeft, priceLabel }: Props) {
  const { status, view } = useCourseLearner();
  if (view.enrolled) return null;
  if (seatsLeft > 0)
    return (
      <ButtonLink
        href={`/courses/${courseSlug}/checkout?${new URLSearchParams({ cohort: cohortId })}`}
        className="mt-3 w-full"
        aria-label={`Buy a seat in the ${cohortTitle} — ${priceLabel}`}
      >
        Buy a seat — {priceLabel}
      </ButtonLink>
    );
  if (status === "ready")
    return (
      <WaitlistButton
        courseSlug={courseSlug}
        cohortId={cohortId}
        label="Join this cohort's waitlist"
        className="mt-3"
      />
    );
  const here = `/courses/${courseSlug}`;
  return (
    <ButtonLink
      href={`/sign-in?${new URLSearchParams({ callbackUrl: here })}`}
      variant="secondary"
      className="mt-3 w-full"
    >
      Sign in to join the waitlist
    </ButtonLink>
  );
}
