// Staff announcements: stored and mailed to every live member in one transaction (through the outbox), so a
// message is on the cohort home if and only if its mails are on their way.
import { appUrl } from "../accounts/urls";
import { db } from "../db/client";
import { compose } from "../email/templates";
import { LIVE_ENROLLMENT_STATUSES } from "../enrolment/rules";
import { enqueue } from "../outbox/enqueue";
import { afterCommit } from "../outbox/kick";
import { CohortError, NO_SUCH_COHORT_MESSAGE } from "./errors";
import { cohortStaffRole, type CohortUser } from "./staff";

export async function postAnnouncement(
  user: CohortUser & { name?: string | null },
  input: { cohortId: string; title: string; body: string },
) {
  if (!(await cohortStaffRole(user, input.cohortId))) throw new CohortError(NO_SUCH_COHORT_MESSAGE);
  const announcement = await db.$transaction(async (tx) => {
    const cohort = await tx.cohort.findUniqueOrThrow({
      where: { id: input.cohortId },
      select: { id: true, title: true, course: { select: { title: true } } },
    });
    const created = await tx.cohortAnnouncement.create({
      data: { cohortId: cohort.id, authorId: user.id, title: input.title, body: input.body },
      select: { id: true },
    });
    const members = await tx.user.findMany({
      where: { enrollments: { some: { cohortId: cohort.id, status: { in: [...LIVE_ENROLLMENT_STATUSES] } } } },
      select: { id: true, email: true, name: true },
    });
    for (const member of members) {
      const mail = compose(
        `${cohort.course.title}: ${input.title}`,
        [
          `Hi${member.name ? ` ${member.name}` : ""},`,
          `${user.name ?? "Your cohort's staff"} posted an announcement to ${cohort.title}:`,
          input.title,
          input.body,
        ],
        { label: "Open your cohort", url: appUrl(`/cohorts/${cohort.id}`) },
      );
      await enqueue(
        tx,
        "mail",
        { to: member.email, ...mail, kind: "cohort-announcement" },
        { dedupeKey: `cohort-announcement:${created.id}:${member.id}` },
      );
    }
    return { id: created.id, cohortId: cohort.id, mailed: members.length };
  });
  await afterCommit();
  return announcement;
}
