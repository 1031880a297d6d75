// Calls a server action over HTTP as the browser's React client does: the action's id (from the build's
// server-reference manifest) in the Next-Action header, its (previous state, FormData) arguments encoded as
// React's reply format, and the result read back from the RSC answer.
import { readFileSync } from "node:fs";
import path from "node:path";

type Manifest = { node: Record<string, { exportedName?: string; filename?: string }> };
let manifest: Manifest | undefined;

function actionId(name: string, file: string): string {
  manifest ??= JSON.parse(
    readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8"),
  ) as Manifest;
  const id = Object.entries(manifest.node).find(([, a]) => a.exportedName === name && a.filename === file)?.[0];
  if (!id) throw new Error(`no server action ${name} in ${file} in this build`);
  return id;
}

export type ActionAnswer = {
  status: number;
  headers: Headers;
  result: { ok: boolean; error?: string; code?: string; data?: unknown } | null;
};

/**
 * `page` is a path whose page uses the action (Next looks the action up among that page's); `fields` become
 * the FormData the action receives. Fields go first and the root last, as React sends them: the server
 * reads the root as soon as it arrives and resolves the FormData from the fields before it.
 */
export async function callServerAction(
  base: string,
  page: string,
  action: { name: string; file: string },
  fields: Record<string, string>,
  cookie?: string,
): Promise<ActionAnswer> {
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) body.append(`_1_${key}`, value);
  body.append("0", JSON.stringify(["$undefined", "$K1"]));
  const response = await fetch(base + page, {
    method: "POST",
    headers: {
      "next-action": actionId(action.name, action.file),
      accept: "text/x-component",
      origin: base,
      ...(cookie ? { cookie } : {}),
    },
    body,
  });
  const text = await response.text();
  const line = text.split("\n").find((entry) => entry.startsWith("1:"));
  let result: ActionAnswer["result"] = null;
  try {
    result = line ? (JSON.parse(line.slice(2)) as ActionAnswer["result"]) : null;
  } catch {
    result = null;
  }
  return { status: response.status, headers: response.headers, result };
}
