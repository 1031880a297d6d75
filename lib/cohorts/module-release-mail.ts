// "A new module is open": one mail per live member and module of a cohort course, once the module's release
// moment has passed (lib/cohorts/cohort-days.ts). Each mail is claimed by a CohortModuleRelease row written in
// the transaction that puts it in the outbox, so a restart or a second worker never sends it twice. A module
// that opened more than a week ago is not announced any more (a member who joins late is not flooded).
import { appUrl } from "../accounts/urls";
import { db } from "../db/client";
import { compose } from "../email/templates";
import { LIVE_ENROLLMENT_STATUSES } from "../enrolment/rules";
import { enqueue } from "../outbox/enqueue";
import { kickOutbox } from "../outbox/kick";
import { moduleOpensAt } from "./cohort-days";

const ANNOUNCE_FOR_MS = 7 * 86_400_000;

export async function sendModuleReleaseMail(now: Date = new Date()): Promise<{ mails: number }> {
  const cohorts = await db.cohort.findMany({
    where: {
      startsAt: { lte: now },
      endsAt: { gte: new Date(now.getTime() - ANNOUNCE_FOR_MS) },
      course: { format: "COHORT", status: "PUBLISHED" },
    },
    select: {
      id: true,
      title: true,
      startsAt: true,
      timeZone: true,
      course: {
        select: {
          slug: true,
          title: true,
          modules: {
            where: { published: true, releaseDay: { gt: 0 } },
            orderBy: { position: "asc" },
            select: {
              id: true,
              title: true,
              releaseDay: true,
              lessons: { take: 1, orderBy: { position: "asc" }, select: { slug: true } },
            },
          },
        },
      },
    },
  });
  let mails = 0;
  for (const cohort of cohorts) {
    for (const mod of cohort.course.modules) {
      const opensAt = moduleOpensAt(cohort.startsAt, cohort.timeZone, mod.releaseDay!);
      if (opensAt > now || now.getTime() - opensAt.getTime() > ANNOUNCE_FOR_MS) continue;
      mails += await db.$transaction(async (tx) => {
        const members = await tx.user.findMany({
          where: {
            enrollments: { some: { cohortId: cohort.id, status: { in: [...LIVE_ENROLLMENT_STATUSES] } } },
            moduleReleases: { none: { cohortId: cohort.id, moduleId: mod.id } },
          },
          select: { id: true, email: true, name: true },
        });
        if (members.length === 0) return 0;
        // Only the rows this transaction inserted are its to mail: a concurrent worker's are skipped.
        const claimed = await tx.cohortModuleRelease.createManyAndReturn({
          data: members.map((m) => ({ cohortId: cohort.id, moduleId: mod.id, userId: m.id })),
          skipDuplicates: true,
          select: { userId: true },
        });
        const mine = new Set(claimed.map((row) => row.userId));
        const first = mod.lessons[0];
        const url = appUrl(first ? `/courses/${cohort.course.slug}/lessons/${first.slug}` : `/cohorts/${cohort.id}`);
        for (const member of members.filter((m) => mine.has(m.id))) {
          const mail = compose(
            `${cohort.course.title}: “${mod.title}” is open`,
            [
              `Hi${member.name ? ` ${member.name}` : ""},`,
              `The next module of ${cohort.title}, “${mod.title}”, is open: its lessons are ready for you.`,
            ],
            { label: "Start the module", url },
          );
          await enqueue(
            tx,
            "mail",
            { to: member.email, ...mail, kind: "cohort-module-open" },
            { dedupeKey: `cohort-module-open:${cohort.id}:${mod.id}:${member.id}` },
          );
        }
        return mine.size;
      });
    }
  }
  if (mails > 0) await kickOutbox();
  return { mails };
}
