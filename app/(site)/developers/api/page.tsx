import type { Metadata } from "next";
import Link from "next/link";
import { EndpointReference, type EndpointView } from "@/components/developers/endpoint-reference";
import { InlineCode } from "@/components/developers/inline-code";
import { Container } from "@/components/ui/container";
import { curlExample } from "@/lib/api/v1/curl";
import { V1_ENDPOINT_LIST } from "@/lib/api/v1/endpoints";
import { buildOpenApiDocument } from "@/lib/api/v1/openapi";
import { PROBLEM_TYPES, PROBLEM_TYPE_BASE } from "@/lib/api/v1/problem";
import { env } from "@/lib/env";

// Per request like every page the proxy sees: its scripts carry that request's CSP nonce.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "API reference", alternates: { canonical: "/developers/api" } };

type Operation = {
  parameters: { name: string; in: string; required: boolean; schema: { type?: string | string[]; enum?: string[] } }[];
  requestBody?: { content: { "application/json": { schema: unknown } } };
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
};

function typeOf(schema: { type?: string | string[]; enum?: string[] }): string {
  if (schema.enum) return schema.enum.join(" | ");
  return Array.isArray(schema.type) ? schema.type.join(" | ") : (schema.type ?? "string");
}

export default function ApiReferencePage() {
  const document = buildOpenApiDocument();
  const origin = env().APP_URL;
  const views: EndpointView[] = V1_ENDPOINT_LIST.map((endpoint) => {
    const operation = (document.paths[endpoint.path] as Record<string, Operation>)[endpoint.method.toLowerCase()]!;
    const success = operation.responses[String(endpoint.status)]?.content?.["application/json"]?.schema?.$ref ?? "";
    return {
      id: endpoint.operationId,
      method: endpoint.method,
      path: endpoint.path,
      summary: endpoint.summary,
      description: endpoint.description,
      scope: endpoint.scope,
      parameters: operation.parameters.map((parameter) => ({
        name: parameter.name,
        in: parameter.in,
        required: parameter.required,
        type: typeOf(parameter.schema),
      })),
      requestSchema: operation.requestBody
        ? JSON.stringify(operation.requestBody.content["application/json"].schema, null, 2)
        : null,
      responseName: success.split("/").pop() ?? "",
      statuses: Object.keys(operation.responses),
      curl: curlExample(endpoint, origin),
    };
  });

  return (
    <Container className="py-12">
      <div className="max-w-4xl space-y-10">
        <header className="space-y-3">
          <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">API reference</h1>
          <p className="text-lg text-slate-600 dark:text-slate-300">
            <InlineCode text={document.info.description} />
          </p>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Version {document.info.version} · OpenAPI 3.1 document:{" "}
            <a href="/api/v1/openapi.json" className="font-medium text-brand-700 underline dark:text-brand-300">
              /api/v1/openapi.json
            </a>{" "}
            · Keys:{" "}
            <Link href="/profile#api-keys-title" className="font-medium text-brand-700 underline dark:text-brand-300">
              Profile → API keys
            </Link>{" "}
            · Events pushed to you:{" "}
            <Link href="/developers/webhooks" className="font-medium text-brand-700 underline dark:text-brand-300">
              Webhooks
            </Link>
          </p>
        </header>

        <section aria-labelledby="conventions" className="space-y-3 text-slate-700 dark:text-slate-300">
          <h2 id="conventions" className="text-2xl font-semibold text-slate-900 dark:text-white">
            Conventions
          </h2>
          <ul className="list-disc space-y-1 pl-5">
            <li>
              Send <code className="font-mono">Authorization: Bearer &lt;key&gt;</code>. A key acts with its
              owner&apos;s role, limited to its scopes.
            </li>
            <li>
              Lists answer <code className="font-mono">{"{ items, next }"}</code>: pass{" "}
              <code className="font-mono">limit</code> (1–100), then follow <code className="font-mono">next</code>{" "}
              until it is null.
            </li>
            <li>
              Reads carry an <code className="font-mono">ETag</code>; send it back as{" "}
              <code className="font-mono">If-None-Match</code> to get 304 when nothing changed.
            </li>
            <li>
              Creates accept <code className="font-mono">Idempotency-Key</code>: a retry with the same key answers the
              first request&apos;s answer.
            </li>
            <li>
              Every answer carries <code className="font-mono">RateLimit</code> and{" "}
              <code className="font-mono">RateLimit-Policy</code>; past the limit, 429 with{" "}
              <code className="font-mono">Retry-After</code>.
            </li>
            <li>
              Errors are <code className="font-mono">application/problem+json</code> (RFC 9457) whose{" "}
              <code className="font-mono">detail</code> says what to do.
            </li>
          </ul>
        </section>

        <div className="space-y-10">
          {views.map((view) => (
            <EndpointReference key={view.id} endpoint={view} />
          ))}
        </div>

        <section aria-labelledby="problems" className="space-y-3 border-t border-slate-200 pt-8 dark:border-slate-800">
          <h2 id="problems" className="text-2xl font-semibold text-slate-900 dark:text-white">
            Problem types
          </h2>
          <dl className="space-y-2 text-sm">
            {Object.entries(PROBLEM_TYPES).map(([slug, text]) => (
              <div key={slug} id={`${PROBLEM_TYPE_BASE.split("#")[1]}${slug}`} className="scroll-mt-24">
                <dt className="font-mono text-slate-900 dark:text-slate-100">{slug}</dt>
                <dd className="text-slate-700 dark:text-slate-300">{text}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
    </Container>
  );
}
