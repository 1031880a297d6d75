// The daily digest job: one mail per person per local day, in their morning, across a second run (a restart
// or a retry), listing what arrived since the last one; then the next morning's.
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import * as qa from "@/lib/discussions/actions";
import { sendDueDigests } from "@/lib/notifications/digest";
import { onOutboxKick } from "@/lib/outbox/kick";
import { mailPayloadSchema } from "@/lib/outbox/topics";
import { useTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import { createQaCourse } from "./fixtures";

let t: TestDatabase;
let c: Awaited<ReturnType<typeof createQaCourse>>;

const digests = () =>
  t.db.outboxMessage.findMany({
    where: { topic: "mail", dedupeKey: { startsWith: "digest:" } },
    orderBy: { createdAt: "asc" },
  });

async function answeredQuestion(title: string) {
  const asked = await runAction(
    qa.askQuestionAction.definition,
    { lessonId: c.article.id, title, body: "Waiting for the morning summary." },
    scopeFor(claimsOf(c.learner)),
  );
  const questionId = (asked as { ok: true; data: { questionId: string } }).data.questionId;
  await runAction(
    qa.answerQuestionAction.definition,
    { questionId, body: "An answer." },
    scopeFor(claimsOf(c.classmate)),
  );
}

beforeAll(async () => {
  t = await useTestDatabase();
  onOutboxKick(null); // keep payloads readable (delivery empties them)
  c = await createQaCourse(t.db);
  await t.db.user.update({ where: { id: c.learner.id }, data: { timeZone: "Asia/Tokyo" } });
  await t.db.notificationPreference.create({ data: { userId: c.learner.id, category: "replies", mail: "DIGEST" } });
}, 120_000);

describe("daily digest", () => {
  it("sends one mail a day in the person's morning, even when the job runs twice", async () => {
    await answeredQuestion("First question for the digest");
    await answeredQuestion("Second question for the digest");
    expect(await t.db.outboxMessage.count({ where: { payload: { path: ["to"], equals: c.learner.email } } })).toBe(0);

    // 06:10 UTC is 15:10 in Tokyo: not the morning.
    expect(await sendDueDigests(new Date("2026-12-07T06:10:00Z"))).toBe(0);
    // 23:10 UTC is 08:10 the next day in Tokyo.
    expect(await sendDueDigests(new Date("2026-12-06T23:10:00Z"))).toBe(1);
    expect(await sendDueDigests(new Date("2026-12-06T23:40:00Z"))).toBe(0);
    const [mail] = await digests();
    expect(mail?.dedupeKey).toBe(`digest:${c.learner.id}:2026-12-07`);
    const payload = mailPayloadSchema.parse(mail?.payload);
    expect(payload.to).toBe(c.learner.email);
    expect(payload.text).toContain("First question for the digest");
    expect(payload.text).toContain("Second question for the digest");
    expect(payload.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");

    // A new answer that same day waits for the next morning.
    await answeredQuestion("Third question for the digest");
    expect(await sendDueDigests(new Date("2026-12-06T23:50:00Z"))).toBe(0);
    expect(await sendDueDigests(new Date("2026-12-07T23:10:00Z"))).toBe(1);
    const [, next] = await digests();
    const nextText = mailPayloadSchema.parse(next?.payload).text;
    expect(nextText).toContain("Third question for the digest");
    expect(nextText).not.toContain("First question for the digest");
    // Nothing new: no mail.
    expect(await sendDueDigests(new Date("2026-12-08T23:10:00Z"))).toBe(0);
  });
});
