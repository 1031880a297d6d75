"use client";
// One analytics figure: a chart (values printed on it, so colour is never the only cue), the same numbers as a
// table, and a CSV download of that table.
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { SMALL_BUTTON } from "../call-action";
import { toCsv, type CsvColumn } from "./csv";
import { wrapLabel } from "./wrap-label";

type Series<T> = { key: keyof T & string; label: string };
type Props<T> = {
  id: string;
  title: string;
  description?: string;
  rows: T[];
  columns: CsvColumn<T>[];
  chart?: { type: "bar" | "line"; x: keyof T & string; series: Series<T>[]; layout?: "horizontal" | "vertical" };
};

const COLOURS = ["#1d4ed8", "#b45309", "#047857"];
const DASHES = ["0", "6 3", "2 2"];

/** A category label beside a horizontal bar, on up to three lines (the table below has every title whole). */
function WrappedTick({ x, y, payload }: { x?: number; y?: number; payload?: { value?: unknown } }) {
  const lines = wrapLabel(String(payload?.value ?? ""));
  const top = -((lines.length - 1) * 14) / 2;
  return (
    <text x={x} y={y} textAnchor="end" fill="currentColor" fontSize={12} dominantBaseline="middle">
      {lines.map((line, i) => (
        <tspan key={i} x={x} dx={-6} dy={i === 0 ? top : 14}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = `${name}.csv`;
  link.click();
  URL.revokeObjectURL(url);
}

export function ChartCard<T extends Record<string, unknown>>({
  id,
  title,
  description,
  rows,
  columns,
  chart,
}: Props<T>) {
  const vertical = chart?.layout === "vertical";
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-950"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id={`${id}-title`} className="text-lg font-semibold text-slate-900 dark:text-white">
            {title}
          </h2>
          {description ? <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{description}</p> : null}
        </div>
        <button type="button" className={SMALL_BUTTON} onClick={() => download(id, toCsv(rows, columns))}>
          Download CSV<span className="sr-only"> of {title}</span>
        </button>
      </div>
      {rows.length === 0 ? <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">No data yet.</p> : null}
      {chart && rows.length > 0 ? (
        <div
          className="mt-4 text-slate-700 dark:text-slate-300"
          style={{ height: vertical ? Math.max(256, rows.length * 48 + 48) : 256 }}
          aria-hidden="true"
        >
          <ResponsiveContainer width="100%" height="100%">
            {chart.type === "bar" ? (
              <BarChart
                accessibilityLayer={false}
                data={rows as Record<string, unknown>[]}
                layout={vertical ? "vertical" : "horizontal"}
                margin={{ top: 16, right: vertical ? 40 : 24, left: vertical ? 8 : 0, bottom: 0 }}
              >
                <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.2} />
                {vertical ? (
                  <XAxis type="number" stroke="currentColor" fontSize={12} allowDecimals={false} />
                ) : (
                  <XAxis dataKey={chart.x as string} stroke="currentColor" fontSize={12} />
                )}
                {vertical ? (
                  <YAxis
                    type="category"
                    dataKey={chart.x as string}
                    width={176}
                    stroke="currentColor"
                    fontSize={12}
                    interval={0}
                    tick={<WrappedTick />}
                  />
                ) : (
                  <YAxis stroke="currentColor" fontSize={12} allowDecimals={false} />
                )}
                <Tooltip />
                {chart.series.map((s, i) => (
                  <Bar
                    key={s.key}
                    dataKey={s.key as string}
                    name={s.label}
                    fill={COLOURS[i % COLOURS.length]}
                    isAnimationActive={false}
                  >
                    <LabelList
                      dataKey={s.key as string}
                      position={vertical ? "right" : "top"}
                      fill="currentColor"
                      fontSize={12}
                    />
                  </Bar>
                ))}
              </BarChart>
            ) : (
              <LineChart
                accessibilityLayer={false}
                data={rows as Record<string, unknown>[]}
                margin={{ top: 16, right: 24, left: 0, bottom: 0 }}
              >
                <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.2} />
                <XAxis dataKey={chart.x as string} stroke="currentColor" fontSize={12} />
                <YAxis stroke="currentColor" fontSize={12} allowDecimals={false} />
                <Tooltip />
                {chart.series.map((s, i) => (
                  <Line
                    key={s.key}
                    dataKey={s.key as string}
                    name={s.label}
                    stroke={COLOURS[i % COLOURS.length]}
                    strokeDasharray={DASHES[i % DASHES.length]}
                    strokeWidth={2}
                    isAnimationActive={false}
                  >
                    <LabelList dataKey={s.key as string} position="top" fill="currentColor" fontSize={12} />
                  </Line>
                ))}
              </LineChart>
            )}
          </ResponsiveContainer>
        </div>
      ) : null}
      {rows.length > 0 ? (
        // A table wider than a phone scrolls sideways; keyboard users reach the scroll through its focus.
        <div
          className="mt-4 overflow-x-auto rounded focus-visible:outline-2 focus-visible:outline-brand-600"
          tabIndex={0}
          role="region"
          aria-label={`${title}: table`}
        >
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{title}</caption>
            <thead className="border-b border-slate-200 text-slate-600 dark:border-slate-800 dark:text-slate-400">
              <tr>
                {columns.map((c) => (
                  <th key={c.key} scope="col" className="px-2 py-2 font-medium">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 text-slate-800 dark:divide-slate-800 dark:text-slate-200">
              {rows.map((row, i) => (
                <tr key={i}>
                  {columns.map((c) => (
                    <td key={c.key} className="px-2 py-1.5 tabular-nums">
                      {row[c.key] === null ? "—" : String(row[c.key])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
