// The reference page's copyable example for an endpoint: a curl command built from the endpoint's own example.
import type { AnyEndpoint } from "./endpoint";

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

export function curlExample(endpoint: AnyEndpoint, origin: string, keyVariable = "ACADEMY_API_KEY"): string {
  let path = endpoint.path;
  for (const [name, value] of Object.entries(endpoint.example.params ?? {})) {
    path = path.replace(`{${name}}`, encodeURIComponent(value));
  }
  const url = new URL(`/api/v1${path}`, origin);
  for (const [name, value] of Object.entries(endpoint.example.query ?? {})) url.searchParams.set(name, value);
  const lines = [`curl ${endpoint.method === "GET" ? "" : `-X ${endpoint.method} `}${quote(url.toString())}`];
  if (endpoint.scope !== null) lines.push(`-H "Authorization: Bearer $${keyVariable}"`);
  if (endpoint.body) {
    lines.push(`-H 'Content-Type: application/json'`);
    if (endpoint.idempotent) lines.push(`-H "Idempotency-Key: $(uuidgen)"`);
    lines.push(`-d ${quote(JSON.stringify(endpoint.example.body ?? {}))}`);
  }
  return lines.join(" \\\n  ");
}
