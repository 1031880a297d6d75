// Who may book a project's review call: the submission's author while a live member of its cohort, for a live
// (not archived) project that asks for one, with one of that cohort's mentors who has a booking profile.
import { cohortAccess, type CohortUser } from "../cohorts/staff";
import { db } from "../db/client";
import { NO_REVIEW_CALL_MESSAGE, ReviewCallError } from "./errors";

/** The learner's own submission whose project takes a review call; refused in the same words otherwise. */
export async function callableSubmissionOrThrow(user: CohortUser, submissionId: string) {
  const submission = await db.projectSubmission.findUnique({
    where: { id: submissionId },
    select: {
      id: true,
      userId: true,
      cohortId: true,
      attempt: true,
      project: { select: { id: true, title: true, reviewCall: true, archivedAt: true } },
      user: { select: { name: true, email: true, timeZone: true, hour12: true } },
    },
  });
  if (!submission || submission.userId !== user.id || !submission.project.reviewCall || submission.project.archivedAt)
    throw new ReviewCallError(NO_REVIEW_CALL_MESSAGE);
  // A refund ends the membership, and with it the call.
  if (!(await cohortAccess(user, submission.cohortId))?.member) throw new ReviewCallError(NO_REVIEW_CALL_MESSAGE);
  return submission;
}

/** The cohort's mentors who take calls (an active booking profile with weekly availability), by name. */
export async function callMentorsOf(cohortId: string) {
  const mentors = await db.cohortMentor.findMany({
    where: {
      cohortId,
      user: { disabledAt: null, advisor: { active: true, rules: { some: {} } } },
    },
    select: {
      user: { select: { name: true, advisor: { select: { id: true, timeZone: true, meetingMinutes: true } } } },
    },
  });
  return mentors
    .map(({ user }) => ({ id: user.advisor!.id, name: user.name ?? "Your mentor", timeZone: user.advisor!.timeZone }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export async function callMentorOrThrow(cohortId: string, mentorId: string) {
  const mentor = (await callMentorsOf(cohortId)).find((m) => m.id === mentorId);
  if (!mentor)
    throw new ReviewCallError("Choose one of your cohort's mentors from the list.", {
      mentorId: ["Choose a mentor from the list."],
    });
  return mentor;
}
