// The project endpoints (and the gradebook) called as anonymous, with a revoked session, and as everyone around a cohort: its
// members (the submission's author and another member), its mentor, the course's co-instructor, an admin, and
// those who must be refused (another instructor, an advisor, a learner, the other cohort's member and mentor,
// a refunded member). A refusal is the same answer as for nothing there, and writes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { runAction, type ActionAuth, type ActionDefinition } from "@/lib/actions/run-action";
import * as projectActions from "@/lib/projects/actions";
import {
  cohortProjectsDefinition,
  gradebookCsvDefinition,
  gradebookDefinition,
  projectPageDefinition,
  reviewScreenDefinition,
  saveReviewDefinition,
  submissionFileDefinition,
  submitProjectDefinition,
} from "@/lib/projects/definitions";
import { NO_SUCH_PROJECT_MESSAGE } from "@/lib/projects/errors";
import { reviewQueueStateDefinition } from "@/lib/cohort-views/review-queue-answer";
import { setWebhookDelivery } from "@/lib/payments/provider/test-events";
import { setFileStorage } from "@/lib/storage/file-storage";
import * as studioProjectActions from "@/lib/studio/project-actions";
import {
  archiveCourseProjectDefinition,
  courseProjectsDefinition,
  deleteCourseProjectDefinition,
  saveCourseProjectDefinition,
  saveModuleReleaseDayDefinition,
} from "@/lib/studio/project-definitions";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import { expectEveryActionCovered, expectRefusedWithoutSideEffects } from "../auth/matrix";
import { buySeat, refundInFull } from "../cohorts/fixtures";
import { deliverTestProviderEventsInProcess } from "../payments/fixtures";
import { addMember, createProjectCourse, pdfFile, useTemporaryUploads } from "./fixtures";

const PEOPLE = [
  "admin",
  "instructor",
  "courseInstructor",
  "advisor",
  "learner",
  "mentor",
  "otherMentor",
  "member",
  "otherMember",
  "otherCohort",
  "refunded",
] as const;
type Who = (typeof PEOPLE)[number];
type Person = { id: string; sessionVersion: number };
type AnyDefinition = ActionDefinition<z.ZodType, ActionAuth, unknown>;
type Target = {
  cohortId: string;
  courseId: string;
  moduleId: string;
  projectId: string;
  submissionId: string;
  uploadSubmissionId: string;
};
type Case = {
  name: string;
  definition: AnyDefinition;
  input: (target: Target) => Promise<Record<string, unknown>> | Record<string, unknown>;
  missing: (target: Target) => Record<string, unknown>;
  allowed: readonly Who[];
  allowedGets: (target: Target) => unknown;
  /** The refusal's words (studio endpoints answer with the studio's). */
  refusal?: "studio";
};

const STAFF = ["admin", "courseInstructor", "mentor"] as const;
const MEMBERS = ["member", "otherMember"] as const;
const erase = (definition: unknown) => definition as AnyDefinition;
let t: TestDatabase;
let target: Target;
const people = {} as Record<Who, Person>;

const CASES: Case[] = [
  {
    name: "GET /cohorts/[id]/projects/[projectId]",
    definition: erase(projectPageDefinition),
    input: (x) => ({ cohortId: x.cohortId, projectId: x.projectId }),
    missing: (x) => ({ cohortId: x.cohortId, projectId: "no-such-project" }),
    allowed: [...MEMBERS, ...STAFF],
    allowedGets: (x) => ({ project: { id: x.projectId } }),
  },
  {
    name: "the cohort home's projects (GET /cohorts/[id])",
    definition: erase(cohortProjectsDefinition),
    input: (x) => ({ cohortId: x.cohortId }),
    missing: () => ({ cohortId: "no-such-cohort" }),
    allowed: [...MEMBERS, ...STAFF],
    allowedGets: (x) => ({ projects: expect.arrayContaining([expect.objectContaining({ id: x.projectId })]) }),
  },
  {
    name: "POST /api/cohorts/submissions",
    definition: erase(submitProjectDefinition),
    input: (x) => ({ cohortId: x.cohortId, projectId: x.projectId, textAnswer: "An answer" }),
    missing: (x) => ({ cohortId: x.cohortId, projectId: "no-such-project", textAnswer: "An answer" }),
    allowed: MEMBERS,
    allowedGets: (x) => ({ projectId: x.projectId }),
  },

  {
    name: "GET /api/cohorts/review-queue (the review queue's list and calls)",
    definition: erase(reviewQueueStateDefinition),
    input: (x) => ({ cohortId: x.cohortId }),
    missing: () => ({ cohortId: "no-such-cohort" }),
    allowed: STAFF,
    allowedGets: (x) => ({ queue: { cohort: { id: x.cohortId } } }),
  },
  {
    name: "GET /cohorts/[id]/reviews/[submissionId]",
    definition: erase(reviewScreenDefinition),
    input: (x) => ({ submissionId: x.submissionId }),
    missing: () => ({ submissionId: "no-such-submission" }),
    allowed: STAFF,
    allowedGets: (x) => ({ submission: { id: x.submissionId }, cohort: { id: x.cohortId } }),
  },
  {
    name: "saveReviewAction",
    definition: erase(saveReviewDefinition),
    // Each allowed reviewer edits on top of the one before: the version their screen would show.
    input: async (x) => ({
      submissionId: x.submissionId,
      baseVersion: String(
        (await t.db.projectReview.findUnique({ where: { submissionId: x.submissionId } }))?.version ?? 0,
      ),
      scores: "1,1",
      comment: "Add tests.",
      outcome: "CHANGES_REQUESTED",
    }),
    missing: () => ({
      submissionId: "no-such-submission",
      baseVersion: "0",
      scores: "1,1",
      comment: "",
      outcome: "CHANGES_REQUESTED",
    }),
    allowed: STAFF,
    allowedGets: (x) => ({ submissionId: x.submissionId, outcome: "CHANGES_REQUESTED" }),
  },
  {
    name: "GET /cohorts/[id]/submissions/[submissionId]/file",
    definition: erase(submissionFileDefinition),
    input: (x) => ({ submissionId: x.uploadSubmissionId }),
    missing: () => ({ submissionId: "no-such-submission" }),
    allowed: ["member", ...STAFF],
    allowedGets: () => ({ mime: "application/pdf" }),
  },
  {
    name: "GET /cohorts/[id]/gradebook",
    definition: erase(gradebookDefinition),
    input: (x) => ({ cohortId: x.cohortId }),
    missing: () => ({ cohortId: "no-such-cohort" }),
    allowed: STAFF,
    allowedGets: (x) => ({
      cohort: { id: x.cohortId },
      rows: expect.arrayContaining([expect.objectContaining({ id: people.member.id })]),
    }),
  },
  {
    name: "GET /cohorts/[id]/gradebook/export",
    definition: erase(gradebookCsvDefinition),
    input: (x) => ({ cohortId: x.cohortId }),
    missing: () => ({ cohortId: "no-such-cohort" }),
    allowed: STAFF,
    allowedGets: () => ({ csv: expect.stringContaining("member-") }),
  },
  {
    name: "GET /studio/courses/[courseId]/projects",
    definition: erase(courseProjectsDefinition),
    input: (x) => ({ courseId: x.courseId }),
    missing: () => ({ courseId: "no-such-course" }),
    allowed: ["admin", "courseInstructor"],
    allowedGets: (x) => ({ projects: expect.arrayContaining([expect.objectContaining({ id: x.projectId })]) }),
    refusal: "studio",
  },
  {
    name: "saveCourseProjectAction",
    definition: erase(saveCourseProjectDefinition),
    input: (x) => ({
      courseId: x.courseId,
      projectId: x.projectId,
      title: "Project text, renamed",
      brief: "Build it.",
      deadlineDay: "10",
      submissionKind: "TEXT",
      latePolicy: "CLOSED",
      rubric: "Works: No = 0; Partly = 2; Fully = 4\nReadme: Missing = 0; Present = 1",
      passMark: "4",
    }),
    missing: (x) => ({
      courseId: "no-such-course",
      projectId: x.projectId,
      title: "Project text, renamed",
      brief: "Build it.",
      deadlineDay: "10",
      submissionKind: "TEXT",
      latePolicy: "CLOSED",
      rubric: "Works: No = 0; Partly = 2; Fully = 4\nReadme: Missing = 0; Present = 1",
      passMark: "4",
    }),
    allowed: ["admin", "courseInstructor"],
    allowedGets: (x) => ({ projectId: x.projectId, courseId: x.courseId }),
    refusal: "studio",
  },
  {
    name: "saveModuleReleaseDayAction",
    definition: erase(saveModuleReleaseDayDefinition),
    input: (x) => ({ moduleId: x.moduleId, releaseDay: "7" }),
    missing: () => ({ moduleId: "no-such-module", releaseDay: "7" }),
    allowed: ["admin", "courseInstructor"],
    allowedGets: (x) => ({ moduleId: x.moduleId, releaseDay: 7 }),
    refusal: "studio",
  },
  // Each call gets a project of its own (nobody has submitted to it): a refusal must leave it as it was.
  {
    name: "archiveCourseProjectAction",
    definition: erase(archiveCourseProjectDefinition),
    input: async (x) => ({ courseId: x.courseId, projectId: await spareProject(x.courseId), archived: "true" }),
    missing: (x) => ({ courseId: "no-such-course", projectId: x.projectId, archived: "true" }),
    allowed: ["admin", "courseInstructor"],
    allowedGets: () => ({ archived: true }),
    refusal: "studio",
  },
  {
    name: "deleteCourseProjectAction",
    definition: erase(deleteCourseProjectDefinition),
    input: async (x) => ({ courseId: x.courseId, projectId: await spareProject(x.courseId) }),
    missing: (x) => ({ courseId: "no-such-course", projectId: x.projectId }),
    allowed: ["admin", "courseInstructor"],
    allowedGets: () => ({ projectId: expect.any(String) }),
    refusal: "studio",
  },
];

let spares = 0;
async function spareProject(courseId: string): Promise<string> {
  spares += 1;
  const project = await t.db.courseProject.create({
    data: {
      courseId,
      slug: `spare-${spares}`,
      title: `Spare ${spares}`,
      brief: "Spare.",
      deadlineDay: 7,
      submissionKind: "TEXT",
      rubric: [
        {
          title: "Works",
          levels: [
            { label: "No", points: 0 },
            { label: "Yes", points: 1 },
          ],
        },
      ],
      passMark: 1,
    },
    select: { id: true },
  });
  return project.id;
}

async function snapshot() {
  const [projects, submissions, reviews, mail, outbox, modules] = await Promise.all([
    t.db.courseProject.findMany({ orderBy: { id: "asc" } }),
    t.db.projectSubmission.findMany({ orderBy: { id: "asc" } }),
    t.db.projectReview.findMany({ orderBy: { id: "asc" } }),
    t.db.emailOutbox.count(),
    t.db.outboxMessage.count(),
    t.db.module.findMany({ orderBy: { id: "asc" }, select: { id: true, releaseDay: true } }),
  ]);
  return { projects, submissions, reviews, mail, outbox, modules };
}

beforeAll(async () => {
  t = await useTestDatabase();
  useTemporaryUploads();
  deliverTestProviderEventsInProcess();
  const made = await createProjectCourse(t.db);
  for (const [key, role] of [
    ["admin", "ADMIN"],
    ["instructor", "INSTRUCTOR"],
    ["courseInstructor", "INSTRUCTOR"],
    ["advisor", "ADVISOR"],
    ["learner", "LEARNER"],
    ["otherMentor", "LEARNER"],
  ] as const) {
    people[key] = await t.db.user.create({
      data: { email: `${key}-projects@example.test`, name: key, role, emailVerified: new Date() },
      select: { id: true, sessionVersion: true },
    });
  }
  people.mentor = made.mentor;
  await t.db.courseCoInstructor.create({ data: { courseId: made.course.id, userId: people.courseInstructor.id } });
  await t.db.cohortMentor.create({ data: { cohortId: made.january.id, userId: people.otherMentor.id } });
  people.member = await addMember(t.db, made.course, made.april.id, "member");
  people.otherMember = await addMember(t.db, made.course, made.april.id, "other-member");
  people.otherCohort = await addMember(t.db, made.course, made.january.id, "january");
  const refunded = await buySeat(t.db, made.course, made.april.id, "refunded");
  const as = (who: Person) => scopeFor(claimsOf(who));
  const text = await runAction(
    submitProjectDefinition,
    { cohortId: made.april.id, projectId: made.projects.text.id, textAnswer: "Mine" },
    as(people.member),
  );
  const upload = await runAction(
    submitProjectDefinition,
    { cohortId: made.april.id, projectId: made.projects.upload.id, file: pdfFile() },
    as(people.member),
  );
  // The refunded learner submitted while a member.
  await runAction(
    submitProjectDefinition,
    { cohortId: made.april.id, projectId: made.projects.text.id, textAnswer: "Before the refund" },
    as(refunded.learner),
  );
  await refundInFull(refunded.paymentIntent, refunded.payment.amountCents);
  people.refunded = refunded.learner;
  if (!text.ok || !upload.ok) throw new Error("fixture submissions refused");
  target = {
    cohortId: made.april.id,
    courseId: made.course.id,
    moduleId: (await t.db.module.findFirstOrThrow({ where: { courseId: made.course.id } })).id,
    projectId: made.projects.text.id,
    submissionId: text.data.id,
    uploadSubmissionId: upload.data.id,
  };
});
afterAll(() => {
  setWebhookDelivery(null);
  setFileStorage(undefined);
});

describe("projects authorization matrix", () => {
  it("covers every exported server action", () => {
    expectEveryActionCovered({ ...projectActions, ...studioProjectActions }, CASES);
  });

  for (const testCase of CASES) {
    describe(testCase.name, () => {
      it("refuses an anonymous caller without side effects", async () => {
        const input = await testCase.input(target);
        await expectRefusedWithoutSideEffects(
          snapshot,
          () => runAction(testCase.definition, input, scopeFor(null)),
          "UNAUTHENTICATED",
        );
      });

      it("refuses a revoked session (a newer session version) of someone allowed", async () => {
        const who = people[testCase.allowed[0]!];
        const input = await testCase.input(target);
        await expectRefusedWithoutSideEffects(
          snapshot,
          () => runAction(testCase.definition, input, scopeFor({ sub: who.id, sv: who.sessionVersion - 1 })),
          "UNAUTHENTICATED",
        );
      });

      for (const who of PEOPLE.filter((person) => !testCase.allowed.includes(person))) {
        it(`refuses ${who} as if there were nothing there, without side effects`, async () => {
          const input = await testCase.input(target);
          const result = await expectRefusedWithoutSideEffects(snapshot, () =>
            runAction(testCase.definition, input, scopeFor(claimsOf(people[who]))),
          );
          if (testCase.refusal !== "studio")
            expect(result).toMatchObject({ ok: false, error: NO_SUCH_PROJECT_MESSAGE });
          const missing = await runAction(
            testCase.definition,
            testCase.missing(target),
            scopeFor(claimsOf(people[who])),
          );
          expect(missing).toEqual(result);
        });
      }

      it(`answers ${testCase.allowed.join(", ")}`, async () => {
        for (const who of testCase.allowed) {
          const input = await testCase.input(target);
          const result = await runAction(testCase.definition, input, scopeFor(claimsOf(people[who])));
          expect(result, who).toMatchObject({ ok: true, data: testCase.allowedGets(target) });
        }
      });
    });
  }

  it("shows a member only their own history, and staff none of their own", async () => {
    const page = (who: Person) =>
      runAction(
        projectPageDefinition,
        { cohortId: target.cohortId, projectId: target.projectId },
        scopeFor(claimsOf(who)),
      );
    const mine = await page(people.member);
    const theirs = await page(people.otherMember);
    const staff = await page(people.mentor);
    if (!mine.ok || !theirs.ok || !staff.ok) throw new Error("refused");
    expect(mine.data.history.map((h) => h.textAnswer)).toContain("Mine");
    expect(JSON.stringify(theirs.data)).not.toContain("Mine");
    expect(staff.data.history).toEqual([]);
  });
});
