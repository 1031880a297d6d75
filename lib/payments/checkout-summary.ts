// What the checkout page shows before the learner pays: the course, the price from our database, each cohort
// open for sale with its seats left, and whether they already own it or have a payment under way.
import { db } from "../db/client";
import { formatMoney } from "./money";
import { takenSeats } from "../enrolment/seats";
import { purchasableCourseQuery } from "./checkout-service";
import { isLiveEnrollment } from "../enrolment/rules";

export type CheckoutCohort = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  seatsLeft: number;
};

export type CheckoutSummary = {
  courseSlug: string;
  courseTitle: string;
  price: string;
  free: boolean;
  /** Every cohort not yet started, soonest first (empty for a self-paced course). */
  cohorts: CheckoutCohort[];
  /** The cohort the form starts on: the one asked for when it has a seat, else the first with one. */
  cohort: CheckoutCohort | null;
  noCohortOpen: boolean;
  enrolled: boolean;
  startHref: string;
  processing: boolean;
};

export async function getCheckoutSummary(
  userId: string,
  courseSlug: string,
  now: Date = new Date(),
  wantedCohortId?: string,
): Promise<CheckoutSummary | null> {
  const course = await db.course.findFirst(purchasableCourseQuery(courseSlug, now));
  if (!course) return null;
  const [enrolment, processing] = await Promise.all([
    db.enrollment.findUnique({ where: { userId_courseId: { userId, courseId: course.id } }, select: { status: true } }),
    db.payment.count({ where: { userId, courseId: course.id, status: "PROCESSING" } }),
  ]);
  const open = course.format === "COHORT" ? course.cohorts : [];
  const cohorts = await Promise.all(
    open.map(async ({ seats, ...cohort }) => ({
      ...cohort,
      seatsLeft: Math.max(0, seats - (await db.$transaction((tx) => takenSeats(tx, cohort.id, userId, now)))),
    })),
  );
  const withSeat = cohorts.filter((c) => c.seatsLeft > 0);
  const first = course.lessons[0];
  return {
    courseSlug: course.slug,
    courseTitle: course.title,
    price: formatMoney(course.priceCents, course.currency),
    free: course.priceCents === 0,
    cohorts,
    cohort: withSeat.find((c) => c.id === wantedCohortId) ?? withSeat[0] ?? cohorts[0] ?? null,
    noCohortOpen: course.format === "COHORT" && cohorts.length === 0,
    enrolled: isLiveEnrollment(enrolment),
    startHref: first ? `/courses/${course.slug}/lessons/${first.slug}` : `/courses/${course.slug}`,
    processing: processing > 0,
  };
}
