"use client";
import { describeWait } from "@/lib/discussions/rules";
import type { CourseAnalytics } from "@/lib/studio/analytics-service";
import { ChartCard } from "./chart-card";

export function CourseAnalyticsView({ data }: { data: CourseAnalytics }) {
  return (
    <div className="space-y-6">
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {[
          ["Enrolments", data.totalEnrolments, null],
          ["Active in the last 7 days", data.active.week, null],
          ["Active in the last 30 days", data.active.month, null],
          [
            "Median time to first answer",
            describeWait(data.qa.medianSeconds),
            `${data.qa.answered} of ${data.qa.questions} lesson question${data.qa.questions === 1 ? "" : "s"} answered`,
          ],
        ].map(([label, value, note]) => (
          <div
            key={label}
            className="rounded-2xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-950"
          >
            <dt className="text-sm text-slate-600 dark:text-slate-400">{label}</dt>
            <dd
              className="mt-1 text-3xl font-bold text-slate-900 tabular-nums dark:text-white"
              data-testid={`metric-${String(label).toLowerCase().replace(/\W+/g, "-")}`}
            >
              {value}
            </dd>
            {note ? <dd className="mt-1 text-xs text-slate-600 dark:text-slate-400">{note}</dd> : null}
          </div>
        ))}
      </dl>
      <ChartCard
        id="funnel"
        title="Completion funnel"
        description="Learners who completed each lesson, in course order: where the line drops is where people stop."
        rows={data.funnel}
        columns={[
          { key: "position", label: "#" },
          { key: "lesson", label: "Lesson" },
          { key: "started", label: "Opened" },
          { key: "completed", label: "Completed" },
          { key: "completedShare", label: "% of enrolled" },
          { key: "medianMinutes", label: "Median minutes" },
        ]}
        chart={{ type: "bar", x: "lesson", series: [{ key: "completed", label: "Completed" }], layout: "vertical" }}
      />
      <ChartCard
        id="enrolments"
        title="Enrolments by week"
        rows={data.enrolments}
        columns={[
          { key: "week", label: "Week of" },
          { key: "enrolments", label: "Enrolments" },
        ]}
        chart={{ type: "bar", x: "week", series: [{ key: "enrolments", label: "Enrolments" }] }}
      />
      <ChartCard
        id="revenue"
        title={`Revenue and refunds by week (${data.currency.toUpperCase()})`}
        rows={data.revenue}
        columns={[
          { key: "week", label: "Week of" },
          { key: "gross", label: "Paid" },
          { key: "refunded", label: "Refunded" },
          { key: "refunds", label: "Refunds" },
        ]}
        chart={{
          type: "line",
          x: "week",
          series: [
            { key: "gross", label: "Paid" },
            { key: "refunded", label: "Refunded" },
          ],
        }}
      />
      <ChartCard
        id="questions"
        title="Quiz questions by share answered correctly"
        description="Every attempt counts; low shares point at a question or lesson to revisit."
        rows={data.questions}
        columns={[
          { key: "lesson", label: "Quiz" },
          { key: "question", label: "Question" },
          { key: "answered", label: "Answers" },
          { key: "correctShare", label: "% correct" },
        ]}
        chart={{
          type: "bar",
          x: "question",
          series: [{ key: "correctShare", label: "% correct" }],
          layout: "vertical",
        }}
      />
      <ChartCard
        id="quizzes"
        title="Quizzes passed at the first try"
        rows={data.quizzes}
        columns={[
          { key: "lesson", label: "Quiz" },
          { key: "learners", label: "Learners" },
          { key: "firstTryPassShare", label: "% passed first try" },
        ]}
      />
      <ChartCard
        id="exercises"
        title="Exercises solved at the first try"
        description="Of the learners who submitted an answer, the share whose first submission passed the server's check."
        rows={data.exercises}
        columns={[
          { key: "lesson", label: "Exercise" },
          { key: "kind", label: "Kind" },
          { key: "learners", label: "Learners" },
          { key: "firstTryPassed", label: "Passed first try" },
          { key: "firstTryPassShare", label: "% passed first try" },
        ]}
        chart={{
          type: "bar",
          x: "lesson",
          series: [{ key: "firstTryPassShare", label: "% passed first try" }],
          layout: "vertical",
        }}
      />
      <ChartCard
        id="learners"
        title="Newest learners"
        rows={data.learners}
        columns={[
          { key: "name", label: "Name" },
          { key: "email", label: "Email" },
          { key: "enrolledAt", label: "Enrolled" },
          { key: "status", label: "Status" },
          { key: "completedLessons", label: "Lessons done" },
          { key: "totalLessons", label: "of" },
        ]}
      />
    </div>
  );
}
