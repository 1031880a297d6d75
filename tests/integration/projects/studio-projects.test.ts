// Authoring projects in the studio, and the gradebook's reading of them: a good one is saved; a deadline after a cohort's end, a rubric without
// criteria, or a pass mark the rubric cannot reach is refused with a sentence saying what to do, and nothing
// is written.
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { gradebookCsvDefinition, gradebookDefinition } from "@/lib/projects/definitions";
import { saveCourseProjectDefinition, saveModuleReleaseDayDefinition } from "@/lib/studio/project-definitions";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import { addMember, createProjectCourse } from "./fixtures";

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

const RUBRIC = "Works: No = 0; Yes = 3\nReadme: Missing = 0; Present = 1";

describe("saveCourseProjectAction", () => {
  it("adds a project with its rubric, and refuses bad input with nothing written", async () => {
    const { course } = await createProjectCourse(t.db);
    const owner = await t.db.user.findUniqueOrThrow({ where: { id: course.instructorId } });
    const save = (fields: Record<string, string>) =>
      runAction(
        saveCourseProjectDefinition,
        {
          courseId: course.id,
          title: "Capstone",
          brief: "Ship the **capstone**.",
          deadlineDay: "20",
          submissionKind: "UPLOAD",
          latePolicy: "ACCEPT_LATE",
          rubric: RUBRIC,
          passMark: "3",
          ...fields,
        },
        scopeFor(claimsOf(owner)),
      );
    const before = await t.db.courseProject.count({ where: { courseId: course.id } });

    // The fixture's cohorts last 30 days (January and April).
    expect(await save({ deadlineDay: "31" })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^That deadline falls after the end of (Spring|April) cohort\.$/),
      fieldErrors: { deadlineDay: [expect.stringContaining("Choose a day from 0 to 30")] },
    });
    expect(await save({ deadlineDay: "-1" })).toMatchObject({
      ok: false,
      fieldErrors: { deadlineDay: ["The deadline cannot be before the cohort starts."] },
    });
    expect(await save({ rubric: "" })).toMatchObject({
      ok: false,
      error: "A rubric needs at least one criterion.",
      fieldErrors: { rubric: ["A rubric needs at least one criterion."] },
    });
    expect(await save({ rubric: "Works: Yes = 3" })).toMatchObject({
      ok: false,
      error: "Give each criterion at least two levels.",
    });
    expect(await save({ passMark: "5" })).toMatchObject({
      ok: false,
      fieldErrors: { passMark: ["Choose a pass mark of 4 points or fewer."] },
    });
    expect(await t.db.courseProject.count({ where: { courseId: course.id } })).toBe(before);

    const saved = await save({});
    expect(saved).toMatchObject({ ok: true });
    if (!saved.ok) return;
    const row = await t.db.courseProject.findUniqueOrThrow({ where: { id: saved.data.projectId } });
    expect(row).toMatchObject({ slug: "capstone", deadlineDay: 20, submissionKind: "UPLOAD", passMark: 3 });
    expect(row.rubric).toEqual([
      {
        title: "Works",
        levels: [
          { label: "No", points: 0 },
          { label: "Yes", points: 3 },
        ],
      },
      {
        title: "Readme",
        levels: [
          { label: "Missing", points: 0 },
          { label: "Present", points: 1 },
        ],
      },
    ]);
  });
});

describe("gradebook", () => {
  it("reads each member's projects and flags a missed deadline, also as CSV", async () => {
    const { course, april, projects, mentor } = await createProjectCourse(t.db);
    // The cohort started 20 days ago: the text project (day 10) is past its deadline, the others too (12, 14).
    await t.db.cohort.update({ where: { id: april.id }, data: { startsAt: new Date(Date.now() - 20 * 86_400_000) } });
    const keen = await addMember(t.db, course, april.id, "keen");
    const quiet = await addMember(t.db, course, april.id, "quiet");
    await t.db.projectSubmission.create({
      data: {
        projectId: projects.text.id,
        cohortId: april.id,
        userId: keen.id,
        attempt: 1,
        textAnswer: "On time",
        createdAt: new Date(Date.now() - 15 * 86_400_000),
      },
    });
    const book = await runAction(gradebookDefinition, { cohortId: april.id }, scopeFor(claimsOf(mentor)));
    if (!book.ok) throw new Error(book.error);
    const row = (id: string) => book.data.rows.find((r) => r.id === id)!;
    expect(row(keen.id).projects[projects.text.id]).toBe("WAITING");
    expect(row(quiet.id)).toMatchObject({
      atRisk: true,
      projects: { [projects.text.id]: "missed" },
      reasons: expect.arrayContaining([`missed the deadline of ${projects.text.title}`]),
    });
    const csv = await runAction(gradebookCsvDefinition, { cohortId: april.id }, scopeFor(claimsOf(mentor)));
    expect(csv).toMatchObject({ ok: true, data: { csv: expect.stringContaining(`${quiet.email},0,0,0,missed`) } });
  });
});

describe("saveModuleReleaseDayAction", () => {
  it("sets a module's release day inside every cohort, clears it, and refuses one past a cohort's end", async () => {
    const { course } = await createProjectCourse(t.db);
    const owner = await t.db.user.findUniqueOrThrow({ where: { id: course.instructorId } });
    const mod = await t.db.module.findFirstOrThrow({ where: { courseId: course.id } });
    const save = (releaseDay: string) =>
      runAction(saveModuleReleaseDayDefinition, { moduleId: mod.id, releaseDay }, scopeFor(claimsOf(owner)));
    expect(await save("7")).toMatchObject({ ok: true, data: { releaseDay: 7 } });
    expect(await save("31")).toMatchObject({
      ok: false,
      fieldErrors: { releaseDay: [expect.stringContaining("Choose a day from 0 to 30")] },
    });
    expect(await save("-2")).toMatchObject({
      ok: false,
      fieldErrors: { releaseDay: [expect.stringContaining("whole number")] },
    });
    expect((await t.db.module.findUniqueOrThrow({ where: { id: mod.id } })).releaseDay).toBe(7);
    expect(await save("")).toMatchObject({ ok: true, data: { releaseDay: null } });
  });
});
