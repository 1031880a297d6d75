// Which call to action a course offers this visitor. Pure.

export type EnrolCta =
  | { kind: "continue"; label: string; href: string }
  | { kind: "sign-in"; label: string; href: string }
  | { kind: "enrol"; label: string }
  | { kind: "buy"; label: string; href: string }
  | { kind: "waitlist"; label: string; cohortId: string }
  | { kind: "waitlisted"; label: string }
  | { kind: "processing"; label: string; href: string }
  | { kind: "unavailable"; label: string };

export type EnrolSituation = {
  signedIn: boolean;
  enrolled: boolean;
  courseSlug: string;
  priceLabel: string;
  isFree: boolean;
  isCohort: boolean;
  nextCohort: { id: string; seatsLeft: number } | null;
  waitlisted: boolean;
  /** The learner paid with a method the bank confirms later: no second purchase meanwhile. */
  paymentProcessing?: boolean;
  resumeHref: string | null;
  started: boolean;
  completed: boolean;
};

export function enrolCallToAction(s: EnrolSituation): EnrolCta {
  const coursePath = `/courses/${s.courseSlug}`;
  if (s.enrolled) {
    const label = s.completed ? "Review the course" : s.started ? "Continue learning" : "Start learning";
    return { kind: "continue", label, href: s.resumeHref ?? coursePath };
  }
  if (s.paymentProcessing) return { kind: "processing", label: "Payment being confirmed", href: "/billing" };
  if (s.isCohort) {
    if (!s.nextCohort) return { kind: "unavailable", label: "No cohort open yet" };
    if (s.nextCohort.seatsLeft === 0) {
      if (s.waitlisted) return { kind: "waitlisted", label: "You are on the waitlist" };
      if (!s.signedIn) return { kind: "sign-in", label: "Join the waitlist", href: signIn(coursePath) };
      return { kind: "waitlist", label: "Join the waitlist", cohortId: s.nextCohort.id };
    }
  }
  if (!s.isFree) return { kind: "buy", label: `Buy — ${s.priceLabel}`, href: `${coursePath}/checkout` };
  if (!s.signedIn) return { kind: "sign-in", label: "Enrol for free", href: signIn(coursePath) };
  return { kind: "enrol", label: "Enrol for free" };
}

function signIn(callback: string): string {
  return `/sign-in?${new URLSearchParams({ callbackUrl: callback })}`;
}
