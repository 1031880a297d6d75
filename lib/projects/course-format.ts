// Projects between the course format (front matter + brief) and their rows: the seed and the studio's import
// write rows from files, the export writes files from rows. Pure.
import type { ProjectLatePolicy, ProjectSubmissionKind } from "../db/generated/enums";
import type { CurriculumProject } from "../content/load-curriculum";
import type { ProjectFront, Rubric } from "../content/project-schema";

const KINDS = { repository: "REPOSITORY", text: "TEXT", upload: "UPLOAD" } as const satisfies Record<
  ProjectFront["submission"],
  ProjectSubmissionKind
>;
const LATE = { closed: "CLOSED", "accept-late": "ACCEPT_LATE" } as const satisfies Record<
  ProjectFront["latePolicy"],
  ProjectLatePolicy
>;

export function projectRowOf(project: CurriculumProject, position: number) {
  return {
    title: project.title,
    brief: project.brief,
    deadlineDay: project.deadlineDay,
    submissionKind: KINDS[project.submission],
    latePolicy: LATE[project.latePolicy],
    required: project.required,
    passMark: project.passMark,
    rubric: project.rubric,
    reviewCall: project.reviewCall ?? false,
    position,
  };
}

type ProjectRow = {
  slug: string;
  title: string;
  brief: string;
  deadlineDay: number;
  submissionKind: ProjectSubmissionKind;
  latePolicy: ProjectLatePolicy;
  required: boolean;
  passMark: number;
  rubric: Rubric;
  reviewCall?: boolean;
};

export function projectFrontOf(row: ProjectRow): { slug: string; front: ProjectFront; brief: string } {
  const kind = (Object.keys(KINDS) as Array<keyof typeof KINDS>).find((key) => KINDS[key] === row.submissionKind)!;
  const late = (Object.keys(LATE) as Array<keyof typeof LATE>).find((key) => LATE[key] === row.latePolicy)!;
  return {
    slug: row.slug,
    brief: row.brief,
    front: {
      title: row.title,
      deadlineDay: row.deadlineDay,
      submission: kind,
      latePolicy: late,
      required: row.required,
      passMark: row.passMark,
      rubric: row.rubric,
      ...(row.reviewCall ? { reviewCall: true } : {}),
    },
  };
}
