import { createJsonRoute, queryInput } from "@/lib/actions/json-route";
import { exportDataDefinition } from "@/lib/users/definitions";

export const dynamic = "force-dynamic";

/** The signed-in person's own data as a download; refusals answer as JSON like every endpoint. */
export const GET = createJsonRoute(exportDataDefinition, {
  input: queryInput,
  respond: (data) => {
    const day = new Date().toISOString().slice(0, 10);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="backend-academy-my-data-${day}.json"`,
        "Cache-Control": "no-store",
      },
    });
  },
});
