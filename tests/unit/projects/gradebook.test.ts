import { describe, expect, it } from "vitest";
import { buildGradebook, gradebookCsv } from "@/lib/projects/gradebook";

const DAY = 86_400_000;
const now = new Date("2027-05-01T12:00:00Z");
const ago = (days: number) => new Date(now.getTime() - days * DAY);
const projects = [
  { id: "p1", title: "Threat model", required: true, deadline: ago(2) },
  { id: "p2", title: "Harden", required: true, deadline: new Date(now.getTime() + 5 * DAY) },
];

function book(overrides: Partial<Parameters<typeof buildGradebook>[0]> = {}) {
  return buildGradebook({
    now,
    members: [
      { id: "busy", name: "Busy Bee", email: "busy@example.test", joinedAt: ago(30) },
      { id: "idle", name: null, email: "idle@example.test", joinedAt: ago(30) },
      { id: "new", name: "New Joiner", email: "new@example.test", joinedAt: ago(2) },
    ],
    totalLessons: 4,
    lessonsDone: new Map([["busy", 3]]),
    lastLessonActivity: new Map([
      ["busy", ago(1)],
      ["idle", ago(7.5)],
    ]),
    attended: new Map([["busy", 2]]),
    lastAttendance: new Map(),
    projects,
    submissions: [
      { userId: "busy", projectId: "p1", attempt: 1, status: "CHANGES_REQUESTED", createdAt: ago(3) },
      { userId: "busy", projectId: "p1", attempt: 2, status: "PASSED", createdAt: ago(1) },
      { userId: "new", projectId: "p1", attempt: 1, status: "WAITING", createdAt: ago(1) },
    ],
    ...overrides,
  });
}

describe("buildGradebook", () => {
  it("shows each member's progress, attendance, latest project state and last activity", () => {
    const [busy] = book();
    expect(busy).toMatchObject({
      name: "Busy Bee",
      lessonsDone: 3,
      percent: 75,
      attended: 2,
      projects: { p1: "PASSED", p2: "not-submitted" },
      lastActivity: ago(1),
      atRisk: false,
    });
  });

  it("flags no activity for 7 days and a missed deadline; a late submission still counts as missed", () => {
    const [, idle, late] = book();
    expect(idle).toMatchObject({
      name: "idle@example.test",
      projects: { p1: "missed" },
      atRisk: true,
      reasons: ["no activity for 7 days", "missed the deadline of Threat model"],
    });
    expect(late).toMatchObject({
      projects: { p1: "WAITING" },
      atRisk: true,
      reasons: ["missed the deadline of Threat model"],
    });
  });
});

describe("gradebookCsv", () => {
  it("writes one line per member and quotes cells a spreadsheet would run as formulas", () => {
    const rows = book({
      members: [{ id: "x", name: '=HYPERLINK("http://evil")', email: "+1@example.test", joinedAt: ago(1) }],
    });
    const csv = gradebookCsv(rows, projects, 3);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "name,email,lessons_done,progress_percent,attended_of_3,Threat model,Harden,last_activity_utc,at_risk,why",
    );
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil""\)",'\+1@example\.test,0,0,0,missed,not submitted,,yes,/);
    for (const prefix of ["-2", "@SUM(A1)"]) {
      const [row] = book({ members: [{ id: "y", name: prefix, email: "y@example.test", joinedAt: ago(1) }] });
      expect(gradebookCsv([row!], projects, 0).split("\r\n")[1]!.startsWith(`'${prefix}`)).toBe(true);
    }
  });
});
