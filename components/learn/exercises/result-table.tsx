import type { ResultSet } from "@/lib/learning/result-compare";

const MAX_ROWS = 200;

export function ResultTable({ result }: { result: ResultSet }) {
  const rows = result.rows.slice(0, MAX_ROWS);
  return (
    <div className="max-w-full min-w-0">
      {/* Wide results scroll sideways inside this box rather than being clipped by the lesson column. */}
      <div
        className="max-h-96 w-full max-w-full overflow-auto rounded-lg border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-950"
        tabIndex={0}
        role="region"
        aria-label="Query result"
      >
        <table className="min-w-full text-left font-mono text-sm">
          <thead className="sticky top-0 bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200">
            <tr>
              {result.columns.map((column, i) => (
                <th key={`${column.name}-${i}`} scope="col" className="px-3 py-2 font-semibold whitespace-nowrap">
                  {column.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 text-slate-800 dark:divide-slate-800 dark:text-slate-200">
            {rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c} className="px-3 py-1.5 whitespace-nowrap">
                    {cell === null ? <span className="text-slate-500 italic dark:text-slate-400">NULL</span> : cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
        ({result.rows.length} {result.rows.length === 1 ? "row" : "rows"})
        {result.rows.length > MAX_ROWS ? ` — showing the first ${MAX_ROWS}` : ""}
      </p>
    </div>
  );
}
