// The follow-up learning plan: the advisor orders published courses, adds a note and sends it.
import { appUrl } from "../accounts/urls";
import { db } from "../db/client";
import { enqueue } from "../outbox/enqueue";
import { kickOutbox } from "../outbox/kick";
import { BookingError } from "./errors";
import { getOwnBookingOrThrow } from "./consultation-service";
import { firstNameOf } from "./booking-mail";

export async function sendLearningPlan(
  userId: string,
  input: { bookingId: string; courseIds: string[]; note: string },
  now: Date = new Date(),
) {
  const booking = await getOwnBookingOrThrow(userId, input.bookingId);
  if (booking.status === "CANCELLED" || booking.status === "NO_SHOW")
    throw new BookingError("A learning plan follows a call that took place.");
  const courses = await db.course.findMany({
    where: { id: { in: input.courseIds }, status: "PUBLISHED" },
    select: { id: true, slug: true, title: true, summary: true },
  });
  if (courses.length !== input.courseIds.length)
    throw new BookingError("One of the chosen courses is not in the catalogue any more. Refresh and choose again.", {
      courseIds: ["Choose courses from the list."],
    });
  const ordered = input.courseIds.map((id) => courses.find((course) => course.id === id)!);
  const advisor = await db.advisor.findUniqueOrThrow({
    where: { id: booking.advisorId },
    select: { user: { select: { name: true } } },
  });
  const advisorName = advisor.user.name ?? "your advisor";
  await db.$transaction(async (tx) => {
    const plan = await tx.learningPlan.upsert({
      where: { bookingId: booking.id },
      create: {
        bookingId: booking.id,
        advisorId: booking.advisorId,
        email: booking.email,
        note: input.note,
        sentAt: now,
      },
      update: { note: input.note, sentAt: now },
    });
    await tx.learningPlanItem.deleteMany({ where: { planId: plan.id } });
    await tx.learningPlanItem.createMany({
      data: ordered.map((course, position) => ({ planId: plan.id, courseId: course.id, position })),
    });
    await enqueue(tx, "mail", {
      to: booking.email,
      subject: `Your learning plan from ${advisorName}`,
      kind: "learning-plan",
      text: planMailLines(booking, advisorName, ordered, input.note).join("\n\n"),
    });
  });
  await kickOutbox();
  return { courses: ordered.length };
}

function planMailLines(
  booking: { name: string; email: string },
  advisorName: string,
  ordered: { title: string; slug: string }[],
  note: string,
): string[] {
  return [
    `Hi ${firstNameOf(booking.name)},`,
    `Thanks for the call. Here is the learning plan ${advisorName} put together for you, in the order to take it:`,
    ...ordered.map((course, index) => `${index + 1}. ${course.title}: ${appUrl(`/courses/${course.slug}`)}`),
    ...(note ? [`A note from ${advisorName}: ${note}`] : []),
    `Sign up with this email address (${booking.email}) and the plan will be on your dashboard: ${appUrl("/sign-up")}`,
  ];
}

/** Plans sent to the account's email, newest first (dashboard); only once the address is confirmed as theirs. */
export async function listLearningPlansForUser(userId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, emailVerified: true } });
  if (!user?.emailVerified) return [];
  return db.learningPlan.findMany({
    where: { email: { equals: user.email, mode: "insensitive" }, sentAt: { not: null } },
    orderBy: { sentAt: "desc" },
    select: {
      id: true,
      note: true,
      sentAt: true,
      advisor: { select: { user: { select: { name: true } } } },
      items: { orderBy: { position: "asc" }, select: { course: { select: { slug: true, title: true } } } },
    },
  });
}

export async function listPlanCourses() {
  return db.course.findMany({
    where: { status: "PUBLISHED" },
    orderBy: { title: "asc" },
    select: { id: true, title: true },
  });
}
