// An emitted event becomes one delivery per endpoint that wants it: enabled, subscribed to its type, and owned by
// an admin, or (for a course event) by one of the course's instructors. Owners are checked now, not when the
// endpoint was saved, so a demoted or disabled account stops receiving. A repeat of the same event adds nothing.
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { PayloadOf } from "../outbox/topics";
import { webhookBody } from "./body";
import { isCourseEvent } from "./events";
import { kickWebhooks } from "./kick";

type WebhookEvent = PayloadOf<"webhooks.event">;

function ownerFilter(event: WebhookEvent): Prisma.UserWhereInput {
  const instructs: Prisma.UserWhereInput[] =
    event.courseId && isCourseEvent(event.type)
      ? [
          {
            role: "INSTRUCTOR",
            OR: [
              { courses: { some: { id: event.courseId } } },
              { coInstructing: { some: { courseId: event.courseId } } },
            ],
          },
        ]
      : [];
  return { disabledAt: null, OR: [{ role: "ADMIN" }, ...instructs] };
}

export async function fanOutWebhookEvent(event: WebhookEvent): Promise<number> {
  const endpoints = await db.webhookEndpoint.findMany({
    where: { enabled: true, eventTypes: { has: event.type }, owner: ownerFilter(event) },
    select: { id: true },
  });
  if (endpoints.length === 0) return 0;
  const body = webhookBody(event);
  const { count } = await db.webhookDelivery.createMany({
    data: endpoints.map((endpoint) => ({ endpointId: endpoint.id, eventId: event.id, eventType: event.type, body })),
    skipDuplicates: true,
  });
  kickWebhooks();
  return count;
}
