// What the checkout page shows before the learner pays: the course, the price from our database, the
// seats left in the cohort, and whether they already own it or have a payment under way.
import { db } from "../db/client";
import { formatMoney } from "./money";
import { takenSeats } from "../enrolment/seats";
import { purchasableCourseQuery } from "./checkout-service";
import { isLiveEnrollment } from "../enrolment/rules";

export type CheckoutSummary = {
  courseSlug: string;
  courseTitle: string;
  price: string;
  free: boolean;
  cohort: { title: string; startsAt: Date; timeZone: string; seatsLeft: number } | null;
  noCohortOpen: boolean;
  enrolled: boolean;
  startHref: string;
  processing: boolean;
};

export async function getCheckoutSummary(
  userId: string,
  courseSlug: string,
  now: Date = new Date(),
): Promise<CheckoutSummary | null> {
  const course = await db.course.findFirst(purchasableCourseQuery(courseSlug, now));
  if (!course) return null;
  const [enrolment, processing] = await Promise.all([
    db.enrollment.findUnique({ where: { userId_courseId: { userId, courseId: course.id } }, select: { status: true } }),
    db.payment.count({ where: { userId, courseId: course.id, status: "PROCESSING" } }),
  ]);
  const next = course.format === "COHORT" ? (course.cohorts[0] ?? null) : null;
  const seatsLeft = next
    ? Math.max(0, next.seats - (await db.$transaction((tx) => takenSeats(tx, next.id, userId, now))))
    : 0;
  const first = course.lessons[0];
  return {
    courseSlug: course.slug,
    courseTitle: course.title,
    price: formatMoney(course.priceCents, course.currency),
    free: course.priceCents === 0,
    cohort: next ? { title: next.title, startsAt: next.startsAt, timeZone: next.timeZone, seatsLeft } : null,
    noCohortOpen: course.format === "COHORT" && !next,
    enrolled: isLiveEnrollment(enrolment),
    startHref: first ? `/courses/${course.slug}/lessons/${first.slug}` : `/courses/${course.slug}`,
    processing: processing > 0,
  };
}
