// The cohort's gradebook, from rows read in bulk: each member's lesson progress, attendance, project states,
// last activity and whether they are at risk (no activity for 7 days, or a deadline missed). Pure.
import { toCsv } from "../payments/csv";

export const AT_RISK_IDLE_DAYS = 7;

export type GradebookProject = { id: string; title: string; required: boolean; deadline: Date };
export type GradebookSubmission = {
  userId: string;
  projectId: string;
  attempt: number;
  status: string;
  createdAt: Date;
};
export type ProjectCell = "not-submitted" | "missed" | "WAITING" | "PASSED" | "CHANGES_REQUESTED";

export type GradebookRow = {
  id: string;
  name: string;
  email: string;
  lessonsDone: number;
  percent: number;
  attended: number;
  projects: Record<string, ProjectCell>;
  lastActivity: Date | null;
  atRisk: boolean;
  reasons: string[];
};

export function buildGradebook(input: {
  now: Date;
  members: { id: string; name: string | null; email: string; joinedAt: Date }[];
  totalLessons: number;
  lessonsDone: Map<string, number>;
  lastLessonActivity: Map<string, Date>;
  attended: Map<string, number>;
  lastAttendance: Map<string, Date>;
  projects: GradebookProject[];
  submissions: GradebookSubmission[];
}): GradebookRow[] {
  const latest = new Map<string, GradebookSubmission>();
  const firstOnTime = new Set<string>();
  const lastSubmission = new Map<string, Date>();
  const deadlines = new Map(input.projects.map((p) => [p.id, p.deadline]));
  for (const s of input.submissions) {
    const key = `${s.userId}:${s.projectId}`;
    if ((latest.get(key)?.attempt ?? 0) < s.attempt) latest.set(key, s);
    if (s.createdAt <= (deadlines.get(s.projectId) ?? s.createdAt)) firstOnTime.add(key);
    if ((lastSubmission.get(s.userId)?.getTime() ?? 0) < s.createdAt.getTime())
      lastSubmission.set(s.userId, s.createdAt);
  }
  const idleMs = AT_RISK_IDLE_DAYS * 86_400_000;
  return input.members.map((m) => {
    const projects: Record<string, ProjectCell> = {};
    const reasons: string[] = [];
    for (const p of input.projects) {
      const key = `${m.id}:${p.id}`;
      const sub = latest.get(key);
      const missed = input.now > p.deadline && !firstOnTime.has(key);
      projects[p.id] = sub ? (sub.status as ProjectCell) : missed ? "missed" : "not-submitted";
      if (missed && sub?.status !== "PASSED") reasons.push(`missed the deadline of ${p.title}`);
    }
    const activity = [input.lastLessonActivity.get(m.id), input.lastAttendance.get(m.id), lastSubmission.get(m.id)]
      .filter((d): d is Date => d instanceof Date)
      .sort((a, b) => b.getTime() - a.getTime());
    const lastActivity = activity[0] ?? null;
    // A member who joined in the last week is not idle yet.
    const since = lastActivity ?? m.joinedAt;
    if (input.now.getTime() - since.getTime() > idleMs) reasons.unshift(`no activity for ${AT_RISK_IDLE_DAYS} days`);
    const done = input.lessonsDone.get(m.id) ?? 0;
    return {
      id: m.id,
      name: m.name ?? m.email,
      email: m.email,
      lessonsDone: done,
      percent: input.totalLessons ? Math.round((done / input.totalLessons) * 100) : 0,
      attended: input.attended.get(m.id) ?? 0,
      projects,
      lastActivity,
      atRisk: reasons.length > 0,
      reasons,
    };
  });
}

const CELL_TEXT: Record<ProjectCell, string> = {
  "not-submitted": "not submitted",
  missed: "missed",
  WAITING: "waiting for review",
  PASSED: "passed",
  CHANGES_REQUESTED: "changes requested",
};

export function projectCellText(cell: ProjectCell): string {
  return CELL_TEXT[cell];
}

/** The gradebook as CSV; a cell a spreadsheet would run as a formula (= + - @) is quoted by toCsv. */
export function gradebookCsv(rows: GradebookRow[], projects: GradebookProject[], sessionsHeld: number): string {
  return toCsv(
    [
      "name",
      "email",
      "lessons_done",
      "progress_percent",
      `attended_of_${sessionsHeld}`,
      ...projects.map((p) => p.title),
      "last_activity_utc",
      "at_risk",
      "why",
    ],
    rows.map((row) => [
      row.name,
      row.email,
      row.lessonsDone,
      row.percent,
      row.attended,
      ...projects.map((p) => projectCellText(row.projects[p.id] ?? "not-submitted")),
      row.lastActivity?.toISOString() ?? "",
      row.atRisk ? "yes" : "no",
      row.reasons.join("; "),
    ]),
  );
}
