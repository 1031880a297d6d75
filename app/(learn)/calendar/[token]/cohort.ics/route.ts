// A member's calendar subscription (webcal://…/calendar/<token>/cohort.ics). Outside /cohorts because calendar
// apps fetch it without a session: the signed token is the credential. A dead link is a plain 404.
import { createJsonRoute, paramsInput } from "@/lib/actions/json-route";
import { calendarFeedDefinition } from "@/lib/cohorts/definitions";

export const dynamic = "force-dynamic";

export const GET = createJsonRoute(calendarFeedDefinition, {
  input: paramsInput<{ token: string }>(),
  respond: (ics) =>
    ics === null
      ? new Response("This calendar link no longer works. Copy the current one from your cohort page.", {
          status: 404,
          headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
        })
      : new Response(ics, {
          headers: {
            "Content-Type": "text/calendar; charset=utf-8",
            "Content-Disposition": 'inline; filename="cohort.ics"',
            "Cache-Control": "private, no-store",
            "X-Robots-Tag": "noindex",
          },
        }),
});
