// Every studio action and route, called anonymously, as a learner, and by another instructor on this
// course's ids: each is refused and nothing changes. Co-instructors and admins may edit.
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { runAction, type ActionAuth, type ActionDefinition } from "@/lib/actions/run-action";
import { localDiskStorage, setFileStorage } from "@/lib/storage/file-storage";
import * as studio from "@/lib/studio/actions";
import { courseFiles } from "@/lib/studio/course-files";
import { buildExportCourse } from "@/lib/studio/export-course";
import { publishCourse } from "@/lib/studio/publish-service";
import { addCohort, addCoInstructor } from "@/lib/studio/course-service";
import { saveDraft } from "@/lib/studio/draft-service";
import { getLessonForEditing } from "@/lib/studio/queries";
import { exportDefinition, importDefinition, uploadDefinition } from "@/lib/studio/definitions";
import { claimsOf, scopeFor } from "../auth/helpers";
import { makeCourse, makeUser } from "./fixtures";
import { expectEveryActionCovered, expectRefusedWithoutSideEffects } from "../auth/matrix";

type AnyDefinition = ActionDefinition<z.ZodType, ActionAuth, unknown>;
type Victim = {
  courseId: string;
  moduleId: string;
  lessonId: string;
  cohortId: string;
  coInstructorId: string;
  lessonVersion: number;
  revision: number;
  slug: string;
};
type Case = {
  name: string;
  definition: AnyDefinition;
  input: (v: Victim) => Record<string, unknown>;
  ownsNothing?: boolean;
};

const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    "base64",
  ),
);
let zipOfVictim: Uint8Array;

const CASES: Case[] = [
  {
    name: "createCourseAction",
    definition: studio.createCourseAction.definition,
    input: () => ({ title: "A sneaky course" }),
    ownsNothing: true,
  },
  {
    name: "previewMarkdownAction",
    definition: studio.previewMarkdownAction.definition,
    input: () => ({ markdown: "# hi" }),
    ownsNothing: true,
  },
  {
    name: "updateCourseSettingsAction",
    definition: studio.updateCourseSettingsAction.definition,
    input: (v) => ({
      courseId: v.courseId,
      expectedUpdatedAt: "0",
      title: "Taken over",
      slug: "taken-over",
      summary: "A summary that is long enough.",
      description: "",
      outcomes: "Own it",
      topic: "APIS",
      level: "BEGINNER",
      format: "SELF_PACED",
      price: "0",
      coverImageUrl: "",
    }),
  },
  {
    name: "addCohortAction",
    definition: studio.addCohortAction.definition,
    input: (v) => ({
      courseId: v.courseId,
      title: "Intruders",
      startsAt: "2030-01-01",
      endsAt: "2030-02-01",
      seats: "5",
      timeZone: "UTC",
    }),
  },
  {
    name: "deleteCohortAction",
    definition: studio.deleteCohortAction.definition,
    input: (v) => ({ courseId: v.courseId, cohortId: v.cohortId }),
  },
  {
    name: "addCoInstructorAction",
    definition: studio.addCoInstructorAction.definition,
    input: (v) => ({ courseId: v.courseId, email: "intruder-instructor@example.test" }),
  },
  {
    name: "removeCoInstructorAction",
    definition: studio.removeCoInstructorAction.definition,
    input: (v) => ({ courseId: v.courseId, userId: v.coInstructorId }),
  },
  {
    name: "archiveCourseAction",
    definition: studio.archiveCourseAction.definition,
    input: (v) => ({ courseId: v.courseId }),
  },
  {
    name: "unarchiveCourseAction",
    definition: studio.unarchiveCourseAction.definition,
    input: (v) => ({ courseId: v.courseId }),
  },
  {
    name: "createModuleAction",
    definition: studio.createModuleAction.definition,
    input: (v) => ({ courseId: v.courseId, title: "Injected module" }),
  },
  {
    name: "renameModuleAction",
    definition: studio.renameModuleAction.definition,
    input: (v) => ({ moduleId: v.moduleId, title: "Renamed by someone else" }),
  },
  {
    name: "deleteModuleAction",
    definition: studio.deleteModuleAction.definition,
    input: (v) => ({ moduleId: v.moduleId, confirm: "yes" }),
  },
  {
    name: "reorderModulesAction",
    definition: studio.reorderModulesAction.definition,
    input: (v) => ({ courseId: v.courseId, order: v.moduleId }),
  },
  {
    name: "createLessonAction",
    definition: studio.createLessonAction.definition,
    input: (v) => ({ moduleId: v.moduleId, title: "Injected lesson", kind: "article" }),
  },
  {
    name: "renameLessonAction",
    definition: studio.renameLessonAction.definition,
    input: (v) => ({ lessonId: v.lessonId, title: "Renamed lesson" }),
  },
  {
    name: "deleteLessonAction",
    definition: studio.deleteLessonAction.definition,
    input: (v) => ({ lessonId: v.lessonId, confirm: "yes" }),
  },
  {
    name: "reorderLessonsAction",
    definition: studio.reorderLessonsAction.definition,
    input: (v) => ({ moduleId: v.moduleId, order: v.lessonId }),
  },
  {
    name: "moveLessonAction",
    definition: studio.moveLessonAction.definition,
    input: (v) => ({ lessonId: v.lessonId, moduleId: v.moduleId, position: "1" }),
  },
  {
    name: "deletionImpactAction",
    definition: studio.deletionImpactAction.definition,
    input: (v) => ({ lessonId: v.lessonId }),
  },
  {
    name: "saveDraftAction",
    definition: studio.saveDraftAction.definition,
    input: (v) => ({
      lessonId: v.lessonId,
      lessonVersion: String(v.lessonVersion),
      revision: String(v.revision),
      content: JSON.stringify({ title: "Defaced", kind: "article", minutes: 5, freePreview: false, body: "defaced" }),
    }),
  },
  {
    name: "restoreVersionAction",
    definition: studio.restoreVersionAction.definition,
    input: (v) => ({
      lessonId: v.lessonId,
      lessonVersion: String(v.lessonVersion),
      revision: String(v.revision),
      number: "1",
    }),
  },
  {
    name: "discardDraftAction",
    definition: studio.discardDraftAction.definition,
    input: (v) => ({ lessonId: v.lessonId }),
  },
  {
    name: "currentDraftAction",
    definition: studio.currentDraftAction.definition,
    input: (v) => ({ lessonId: v.lessonId }),
  },
  {
    name: "previewQuizAction",
    definition: studio.previewQuizAction.definition,
    input: (v) => ({ lessonId: v.lessonId, answers: "{}" }),
  },
  {
    name: "previewExerciseAction",
    definition: studio.previewExerciseAction.definition,
    input: (v) => ({ lessonId: v.lessonId, answer: "SELECT 1;" }),
  },
  {
    name: "publishCourseAction",
    definition: studio.publishCourseAction.definition,
    input: (v) => ({ courseId: v.courseId }),
  },
  {
    name: "POST /api/studio/uploads",
    definition: uploadDefinition as unknown as AnyDefinition,
    input: (v) => ({ courseId: v.courseId, file: new File([PNG], "x.png", { type: "image/png" }) }),
  },
  {
    name: "GET /api/studio/courses/[id]/export",
    definition: exportDefinition as unknown as AnyDefinition,
    input: (v) => ({ courseId: v.courseId }),
  },
  {
    name: "POST /api/studio/import",
    definition: importDefinition as unknown as AnyDefinition,
    input: () => ({
      file: new File([zipOfVictim as Uint8Array<ArrayBuffer>], "course.zip", { type: "application/zip" }),
    }),
  },
];

let t: TestDatabase;
let uploadsDir: string;
const victim = {} as Victim;
const people = {} as Record<"owner" | "co" | "other" | "learner" | "admin", Awaited<ReturnType<typeof makeUser>>>;

async function snapshot() {
  const [courses, modules, lessons, drafts, versions, cohorts, co, uploads, audit] = await Promise.all([
    t.db.course.findMany({
      orderBy: { id: "asc" },
      select: { id: true, slug: true, title: true, status: true, updatedAt: true },
    }),
    t.db.module.findMany({ orderBy: { id: "asc" } }),
    t.db.lesson.findMany({
      orderBy: { id: "asc" },
      select: { id: true, title: true, body: true, position: true, version: true, moduleId: true },
    }),
    t.db.lessonDraft.findMany({ orderBy: { lessonId: "asc" } }),
    t.db.lessonVersion.count(),
    t.db.cohort.findMany({ orderBy: { id: "asc" } }),
    t.db.courseCoInstructor.findMany({ orderBy: { userId: "asc" } }),
    t.db.studioUpload.count(),
    t.db.auditLog.count(),
  ]);
  return {
    courses,
    modules,
    lessons,
    drafts,
    versions,
    cohorts,
    co,
    uploads,
    audit,
    files: readdirSync(uploadsDir).length,
  };
}

beforeAll(async () => {
  t = await useTestDatabase();
  uploadsDir = mkdtempSync(path.join(tmpdir(), "studio-uploads-"));
  setFileStorage(localDiskStorage(uploadsDir));
  for (const role of ["owner", "co", "other", "learner", "admin"] as const)
    people[role] = await makeUser(t.db, role === "learner" ? "LEARNER" : role === "admin" ? "ADMIN" : "INSTRUCTOR");
  await makeUser(t.db).then((u) =>
    t.db.user.update({ where: { id: u.id }, data: { email: "intruder-instructor@example.test" } }),
  );
  const made = await makeCourse(t.db, people.owner, "Victim course");
  const editing = await getLessonForEditing(people.owner, made.lessonId);
  await saveDraft(people.owner, {
    lessonId: made.lessonId,
    ...editing.token,
    content: { ...editing.content, body: "The owner's text." },
  });
  await publishCourse(people.owner, { courseId: made.courseId });
  const cohort = await addCohort(people.owner, {
    courseId: made.courseId,
    title: "Spring",
    startsAt: new Date("2030-03-01"),
    endsAt: new Date("2030-04-01"),
    seats: 10,
    timeZone: "UTC",
  });
  await addCoInstructor(people.owner, { courseId: made.courseId, email: people.co.email });
  const token = (await getLessonForEditing(people.owner, made.lessonId)).token;
  Object.assign(victim, { ...made, cohortId: cohort.id, coInstructorId: people.co.id, ...token });
  const files = courseFiles(await buildExportCourse(made.courseId));
  zipOfVictim = zipSync(Object.fromEntries([...files].map(([name, text]) => [name, strToU8(text)])));
});

describe("studio authorization matrix", () => {
  it("covers every exported studio action", () => {
    expectEveryActionCovered(studio, CASES);
  });

  for (const testCase of CASES) {
    describe(testCase.name, () => {
      it("refuses an anonymous caller without side effects", async () => {
        await expectRefusedWithoutSideEffects(
          snapshot,
          () => runAction(testCase.definition, testCase.input(victim), scopeFor(null)),
          "UNAUTHENTICATED",
        );
      });

      it("refuses a learner without side effects", async () => {
        await expectRefusedWithoutSideEffects(
          snapshot,
          () => runAction(testCase.definition, testCase.input(victim), scopeFor(claimsOf(people.learner))),
          "FORBIDDEN",
        );
      });

      if (!testCase.ownsNothing) {
        it("refuses another instructor on this course's ids without side effects", async () => {
          await expectRefusedWithoutSideEffects(snapshot, () =>
            runAction(testCase.definition, testCase.input(victim), scopeFor(claimsOf(people.other))),
          );
        });
      }
    });
  }

  it("lets a co-instructor save a draft and an admin rename a module, but not a co-instructor manage instructors", async () => {
    const editing = await getLessonForEditing(people.co, victim.lessonId);
    const saved = await runAction(
      studio.saveDraftAction.definition,
      {
        lessonId: victim.lessonId,
        ...editing.token,
        content: JSON.stringify({ ...editing.content, body: "Co-written." }),
      },
      scopeFor(claimsOf(people.co)),
    );
    expect(saved.ok).toBe(true);
    expect(
      await runAction(
        studio.renameModuleAction.definition,
        { moduleId: victim.moduleId, title: "Renamed by an admin" },
        scopeFor(claimsOf(people.admin)),
      ),
    ).toMatchObject({ ok: true });
    expect(
      await runAction(
        studio.removeCoInstructorAction.definition,
        { courseId: victim.courseId, userId: people.co.id },
        scopeFor(claimsOf(people.co)),
      ),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});
