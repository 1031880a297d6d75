// A cohort course with a text project, an upload project and a repository project (each with a two-criterion
// rubric), its April cohort's mentor, and learners who are members of that cohort.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { localDiskStorage, setFileStorage } from "@/lib/storage/file-storage";
import { createLearner } from "../payments/fixtures";
import { createCohortCourse } from "../cohorts/fixtures";

export const RUBRIC = [
  {
    title: "Works",
    levels: [
      { label: "No", points: 0 },
      { label: "Partly", points: 2 },
      { label: "Fully", points: 4 },
    ],
  },
  {
    title: "Readme",
    levels: [
      { label: "Missing", points: 0 },
      { label: "Present", points: 1 },
    ],
  },
];

/** Uploads go to a folder of the test's own; returns the folder. */
export function useTemporaryUploads(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "project-uploads-"));
  setFileStorage(localDiskStorage(dir));
  return dir;
}

export async function createProjectCourse(db: Db) {
  const { course, january, april } = await createCohortCourse(db);
  const project = (slug: string, submissionKind: "TEXT" | "UPLOAD" | "REPOSITORY", deadlineDay: number) =>
    db.courseProject.create({
      data: {
        courseId: course.id,
        slug,
        title: `Project ${slug}`,
        brief: `Build the **${slug}** thing.`,
        deadlineDay,
        submissionKind,
        latePolicy: "CLOSED",
        rubric: RUBRIC,
        passMark: 4,
      },
    });
  const text = await project("text", "TEXT", 10);
  const upload = await project("upload", "UPLOAD", 12);
  const repository = await project("repo", "REPOSITORY", 14);
  const mentor = await createLearner(db, "mentor");
  await db.cohortMentor.create({ data: { cohortId: april.id, userId: mentor.id } });
  return { course, january, april, projects: { text, upload, repository }, mentor };
}

/** A live member of the cohort, enrolled directly (the checkout path is tested elsewhere). */
export async function addMember(db: Db, course: { id: string }, cohortId: string, name = "member") {
  const learner = await createLearner(db, name);
  await db.enrollment.create({
    data: { userId: learner.id, courseId: course.id, cohortId, status: "ACTIVE", source: "PURCHASE" },
  });
  return learner;
}

export function pdfFile(name = "report.pdf", extra = 0): File {
  const body = `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n${"x".repeat(extra)}\n%%EOF\n`;
  return new File([body], name, { type: "application/pdf" });
}
