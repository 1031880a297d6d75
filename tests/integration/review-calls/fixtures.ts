// A cohort course whose text project asks for a review call, its April cohort's mentor with a booking profile
// (free all day, every day, in UTC: a slot exists whatever hour the test runs), and members who submitted.
import type { Db } from "@/lib/db/client";
import { findOpenSlots } from "@/lib/booking/queries";
import { submitProject } from "@/lib/projects/submit-service";
import { createLearner } from "../payments/fixtures";
import { addMember, createProjectCourse } from "../projects/fixtures";

export async function addCallMentor(db: Db, userId: string, options: { consults?: boolean } = {}) {
  return db.advisor.create({
    data: {
      userId,
      slug: `mentor-${userId}`,
      headline: "Mentor",
      timeZone: "UTC",
      minNoticeHours: 0,
      videoUrl: "https://meet.example.test/mentor",
      consults: options.consults ?? false,
      rules: { create: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, startMinute: 0, endMinute: 1440 })) },
    },
  });
}

export async function createReviewCallCourse(db: Db) {
  const setup = await createProjectCourse(db);
  await db.courseProject.update({ where: { id: setup.projects.text.id }, data: { reviewCall: true } });
  const mentorAdvisor = await addCallMentor(db, setup.mentor.id);
  // A mentor of the other cohort, who also takes calls: never bookable by the April cohort.
  const otherMentor = await createLearner(db, "other-mentor");
  await db.cohortMentor.create({ data: { cohortId: setup.january.id, userId: otherMentor.id } });
  const otherAdvisor = await addCallMentor(db, otherMentor.id);
  return { ...setup, mentorAdvisor, otherMentor, otherAdvisor };
}

/** A live member of the cohort with one submission for the project. */
export async function memberWithSubmission(
  db: Db,
  setup: { course: { id: string }; april: { id: string }; projects: { text: { id: string } } },
  name = "member",
) {
  const member = await addMember(db, setup.course, setup.april.id, name);
  const submitted = await submitProject(member, {
    cohortId: setup.april.id,
    projectId: setup.projects.text.id,
    textAnswer: "My answer",
    repositoryUrl: "",
    notes: "",
  });
  return { member, submissionId: submitted.id };
}

/** The index-th free slot of the mentor in the 24 hours from `daysAhead` days from now. */
export async function callSlot(advisorId: string, daysAhead = 3, index = 0): Promise<Date> {
  const from = new Date(Date.now() + daysAhead * 86_400_000);
  const slots = await findOpenSlots({
    topic: "OTHER",
    advisorId,
    from,
    to: new Date(from.getTime() + 86_400_000),
    now: new Date(),
    purpose: "review-call",
  });
  if (!slots[index]) throw new Error("no free slot for the fixture");
  return new Date(slots[index].start);
}
