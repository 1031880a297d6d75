import type { Rubric } from "@/lib/projects/rubric";

export function RubricTable({ rubric, passMark, maxPoints }: { rubric: Rubric; passMark: number; maxPoints: number }) {
  return (
    <div className="overflow-x-auto rounded-2xl border border-slate-200 dark:border-slate-800" tabIndex={0}>
      <table className="w-full text-left text-sm">
        <caption className="px-4 pt-3 text-left text-sm text-slate-600 dark:text-slate-400">
          Passing needs {passMark} of {maxPoints} points.
        </caption>
        <thead className="bg-slate-50 text-slate-700 dark:bg-slate-900 dark:text-slate-300">
          <tr>
            <th scope="col" className="px-4 py-2 font-semibold">
              Criterion
            </th>
            <th scope="col" className="px-4 py-2 font-semibold">
              Levels
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {rubric.map((criterion) => (
            <tr key={criterion.title}>
              <th scope="row" className="px-4 py-2 font-medium text-slate-900 dark:text-white">
                {criterion.title}
              </th>
              <td className="px-4 py-2 text-slate-700 dark:text-slate-300">
                {criterion.levels.map((level) => `${level.label} (${level.points})`).join(" · ")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
