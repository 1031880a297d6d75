import { listBookingsPage } from "../../../booking/api-queries";
import { defineEndpoint } from "../endpoint";
import { decodeCursor, pageOf, pageQuerySchema } from "../pagination";
import { bookingListSchema } from "../schemas";

export const listBookings = defineEndpoint({
  operationId: "listBookings",
  method: "GET",
  path: "/bookings",
  tag: "Bookings",
  summary: "List consultation bookings",
  description: "An advisor's key lists the bookings with that advisor; an admin's key lists all.",
  scope: "bookings:read",
  query: pageQuerySchema,
  response: bookingListSchema,
  problems: [400],
  example: {},
  handle: async ({ query, principal, url }) => {
    const advisorUserId = principal?.user.role === "ADMIN" ? null : principal!.user.id;
    const rows = await listBookingsPage(advisorUserId, decodeCursor(query.cursor), query.limit + 1);
    const page = pageOf(rows, query.limit, url);
    return {
      body: {
        items: page.items.map((row) => ({
          id: row.id,
          status: row.status,
          startsAt: row.startsAt.toISOString(),
          endsAt: row.endsAt.toISOString(),
          topic: row.topic,
          name: row.name,
          email: row.email,
          timeZone: row.timeZone,
          advisorName: row.advisor.user.name,
          createdAt: row.createdAt.toISOString(),
        })),
        next: page.next,
      },
    };
  },
});
