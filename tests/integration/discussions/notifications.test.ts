// Notifications around the Q&A: the in-app list and unread count, mail through the outbox by preference, the
// RFC 8058 headers as they leave over SMTP, and signed unsubscribe links (valid, reused, tampered).
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJsonRoute, queryInput } from "@/lib/actions/json-route";
import { runAction } from "@/lib/actions/run-action";
import * as qa from "@/lib/discussions/actions";
import { sendMail } from "@/lib/email/send-mail";
import { onOutboxKick } from "@/lib/outbox/kick";
import { mailPayloadSchema } from "@/lib/outbox/topics";
import { markNotificationsReadAction, setMailPreferencesAction, unsubscribeAction } from "@/lib/notifications/actions";
import { oneClickUnsubscribeDefinition, unreadCountDefinition } from "@/lib/notifications/definitions";
import { listNotifications } from "@/lib/notifications/queries";
import { useTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import { createQaCourse } from "./fixtures";

let t: TestDatabase;
let c: Awaited<ReturnType<typeof createQaCourse>>;
let smtp: SMTPServer;
let smtpPort = 0;
const received: string[] = [];

const act = (
  action: { definition: Parameters<typeof runAction>[0] },
  user: { id: string; sessionVersion: number },
  input: Record<string, string>,
) => runAction(action.definition, input, scopeFor(claimsOf(user)));

async function askAndAnswer(title: string) {
  const asked = await act(qa.askQuestionAction, c.learner, {
    lessonId: c.article.id,
    title,
    body: "A question whose answer should reach the asker.",
  });
  const questionId = (asked as { ok: true; data: { questionId: string } }).data.questionId;
  const answered = await act(qa.answerQuestionAction, c.coTeacher, { questionId, body: "Here is the answer." });
  return { questionId, answerId: (answered as { ok: true; data: { answerId: string } }).data.answerId };
}

const mailsTo = (email: string) =>
  t.db.outboxMessage.findMany({
    where: { topic: "mail", payload: { path: ["to"], equals: email } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });

beforeAll(async () => {
  t = await useTestDatabase();
  // Delivery empties a message's payload: leave them pending here, to read the mail as it was enqueued.
  onOutboxKick(null);
  c = await createQaCourse(t.db);
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push(Buffer.concat(chunks).toString("utf8"));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
}, 120_000);

afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe("Q&A notifications", () => {
  it("an answer shows under the bell and mails the asker with a one-click unsubscribe that leaves over SMTP", async () => {
    const { questionId } = await askAndAnswer("Where does my mail go?");
    expect(await runAction(unreadCountDefinition, {}, scopeFor(claimsOf(c.learner)))).toEqual({
      ok: true,
      data: { unread: 1 },
    });
    const [item] = await listNotifications(c.learner.id);
    expect(item).toMatchObject({
      read: false,
      sentence: "Cora Coteacher answered “Where does my mail go?”",
    });
    expect(item?.href).toBe(`/courses/${c.course.slug}/lessons/${c.article.slug}#question-${questionId}`);

    const [mail] = await mailsTo(c.learner.email);
    const payload = mailPayloadSchema.parse(mail?.payload);
    expect(payload.kind).toBe("notification-replies");
    expect(payload.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(payload.headers?.["List-Unsubscribe"]).toMatch(/^<http.*\/api\/notifications\/unsubscribe\?token=[^>]+>$/);
    expect(payload.text).toContain("/notifications/unsubscribe?token=");
    await sendMail(payload, { smtpUrl: `smtp://127.0.0.1:${smtpPort}` });
    const sent = received.at(-1)!.replace(/\r\n[ \t]+/g, " "); // unfolded headers
    expect(sent).toContain(`List-Unsubscribe: ${payload.headers?.["List-Unsubscribe"]}`);
    expect(sent).toMatch(/List-Unsubscribe-Post: List-Unsubscribe=One-Click/);

    expect(await act(markNotificationsReadAction, c.learner, {})).toEqual({ ok: true, data: { unread: 0 } });
  });

  it("follows the mail preference: off and daily digest send nothing right away, the bell still shows it", async () => {
    const saved = await act(setMailPreferencesAction, c.learner, {
      replies: "OFF",
      mentions: "DIGEST",
      moderation: "INSTANT",
    });
    expect(saved.ok).toBe(true);
    const before = (await mailsTo(c.learner.email)).length;
    await askAndAnswer("Quiet please, no mail");
    expect((await mailsTo(c.learner.email)).length).toBe(before);
    expect((await listNotifications(c.learner.id))[0]?.sentence).toContain("Quiet please, no mail");
    await act(setMailPreferencesAction, c.learner, { replies: "INSTANT", mentions: "INSTANT", moderation: "INSTANT" });
  });

  it("an unsubscribe link works without a session, again when reused, and not when tampered with", async () => {
    await askAndAnswer("Mail me once more");
    const payload = mailPayloadSchema.parse((await mailsTo(c.learner.email)).at(-1)?.payload);
    const url = new URL(/<([^>]+)>/.exec(payload.headers!["List-Unsubscribe"]!)![1]!);
    const token = url.searchParams.get("token")!;
    const route = createJsonRoute(oneClickUnsubscribeDefinition, { input: queryInput, scope: () => scopeFor(null) });
    const post = (query: string) =>
      route(
        new Request(`http://localhost/api/notifications/unsubscribe?token=${encodeURIComponent(query)}`, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: "List-Unsubscribe=One-Click",
        }),
      );
    const preference = () =>
      t.db.notificationPreference.findUnique({
        where: { userId_category: { userId: c.learner.id, category: "replies" } },
      });

    const [userId, category, signature] = token.split(".") as [string, string, string];
    for (const forged of [
      `${userId}.${category}.${signature.slice(0, -2)}xx`,
      `${userId}.mentions.${signature}`,
      `${c.classmate.id}.${category}.${signature}`,
      `${userId}.${category}`,
    ]) {
      expect((await post(forged)).status).toBe(400);
    }
    expect((await preference())?.mail).toBe("INSTANT");

    const first = await post(token);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ ok: true, data: { category: "replies" } });
    expect((await preference())?.mail).toBe("OFF");
    expect((await post(token)).status).toBe(200);
    // The page's button (for links opened in a browser) takes the same token.
    expect(await runAction(unsubscribeAction.definition, { token }, scopeFor(null))).toMatchObject({ ok: true });
    expect((await preference())?.mail).toBe("OFF");
  });
});
