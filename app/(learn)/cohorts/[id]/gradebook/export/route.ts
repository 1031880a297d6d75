// The gradebook as a CSV download, for the cohort's staff; refusals answer as JSON like every endpoint.
import { createJsonRoute } from "@/lib/actions/json-route";
import { gradebookCsvDefinition } from "@/lib/projects/definitions";

export const dynamic = "force-dynamic";

export const GET = createJsonRoute(gradebookCsvDefinition, {
  input: async (_request: Request, context: { params: Promise<{ id: string }> }) => ({
    cohortId: (await context.params).id,
  }),
  respond: ({ title, csv }) =>
    new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="gradebook-${title.replace(/[^A-Za-z0-9]+/g, "-").toLowerCase()}.csv"`,
        "cache-control": "no-store",
      },
    }),
});
