import { Badge } from "@/components/ui/badge";
import { CopyButton } from "./copy-button";
import { InlineCode } from "./inline-code";

export type ParameterView = { name: string; in: string; required: boolean; type: string; description?: string };

export type EndpointView = {
  id: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  scope: string | null;
  parameters: ParameterView[];
  requestSchema: string | null;
  responseName: string;
  statuses: string[];
  curl: string;
};

const METHOD_TONE = { GET: "brand", POST: "green", DELETE: "amber" } as const;

/** One endpoint of the reference: what it does, its inputs, its answers and a curl to copy. */
export function EndpointReference({ endpoint }: { endpoint: EndpointView }) {
  return (
    <section
      id={endpoint.id}
      aria-labelledby={`${endpoint.id}-title`}
      className="scroll-mt-24 space-y-4 border-t border-slate-200 pt-8 dark:border-slate-800"
    >
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={METHOD_TONE[endpoint.method as keyof typeof METHOD_TONE] ?? "neutral"}>{endpoint.method}</Badge>
        <code className="font-mono text-sm break-all text-slate-900 dark:text-slate-100">/api/v1{endpoint.path}</code>
      </div>
      <h3 id={`${endpoint.id}-title`} className="text-xl font-semibold text-slate-900 dark:text-white">
        {endpoint.summary}
      </h3>
      <p className="text-slate-700 dark:text-slate-300">
        <InlineCode text={endpoint.description} />
      </p>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {endpoint.scope ? (
          <>
            Scope <code className="font-mono">{endpoint.scope}</code>
          </>
        ) : (
          "Public: no key needed."
        )}{" "}
        · Answers {endpoint.statuses.join(", ")} · Body: <code className="font-mono">{endpoint.responseName}</code>
      </p>
      {endpoint.parameters.length ? (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={`Parameters of ${endpoint.summary}`}>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Parameters of {endpoint.summary}</caption>
            <thead className="text-slate-600 dark:text-slate-400">
              <tr>
                <th scope="col" className="py-1 pr-4 font-medium">
                  Parameter
                </th>
                <th scope="col" className="py-1 pr-4 font-medium">
                  In
                </th>
                <th scope="col" className="py-1 pr-4 font-medium">
                  Type
                </th>
                <th scope="col" className="py-1 font-medium">
                  Required
                </th>
              </tr>
            </thead>
            <tbody className="text-slate-800 dark:text-slate-200">
              {endpoint.parameters.map((parameter) => (
                <tr
                  key={`${parameter.in}-${parameter.name}`}
                  className="border-t border-slate-100 dark:border-slate-800"
                >
                  <td className="py-1 pr-4 font-mono">{parameter.name}</td>
                  <td className="py-1 pr-4">{parameter.in}</td>
                  <td className="py-1 pr-4 font-mono">{parameter.type}</td>
                  <td className="py-1">{parameter.required ? "yes" : "no"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {endpoint.requestSchema ? (
        <details className="text-sm">
          <summary className="cursor-pointer font-medium text-slate-800 dark:text-slate-200">
            Request body (JSON Schema)
          </summary>
          <pre
            tabIndex={0}
            className="mt-2 overflow-x-auto rounded-lg bg-slate-100 p-3 font-mono text-xs text-slate-800 dark:bg-slate-900 dark:text-slate-200"
          >
            {endpoint.requestSchema}
          </pre>
        </details>
      ) : null}
      <div className="rounded-xl bg-slate-950 ring-1 ring-slate-800">
        <div className="flex items-center justify-between px-4 py-2">
          <span className="text-xs font-medium text-slate-400">curl</span>
          <CopyButton text={endpoint.curl} label="Copy curl" />
        </div>
        <pre
          tabIndex={0}
          aria-label={`curl example: ${endpoint.summary}`}
          data-testid={`curl-${endpoint.id}`}
          className="overflow-x-auto px-4 pb-4 font-mono text-sm text-slate-100"
        >
          {endpoint.curl}
        </pre>
      </div>
    </section>
  );
}
