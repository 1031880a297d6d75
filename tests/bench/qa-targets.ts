// Bench rows for the lesson Q&A (issue 26): the lesson's question list as the signed-in learner's browser asks
// for it after the cached page (200 questions on the lesson, seeded by seed-qa.ts), and the bell's unread count.
import { readFileSync } from "node:fs";
import { signInCookie } from "./learning-targets";
import type { BenchTarget } from "./run";
import { benchQaFile } from "./server";

export async function qaTargets(base: string, port: number): Promise<BenchTarget[]> {
  const { lessonId, unread } = JSON.parse(readFileSync(benchQaFile(port), "utf8")) as {
    lessonId: string;
    unread: number;
  };
  const cookie = await signInCookie(base, "learner@academy.test", "learn-backend-2026");
  const headers = { cookie: `${cookie}; ba-signed-in=1` };
  const list = `/api/discussions/threads?${new URLSearchParams({ lessonId, sort: "newest" })}`;
  // Measure the real thing: the learner is a member and the list comes back full.
  const probe = (await (await fetch(base + list, { headers })).json()) as {
    data?: { viewer: { member: boolean }; threads: unknown[] };
  };
  if (!probe.data?.viewer.member || probe.data.threads.length < 50)
    throw new Error("bench: the demo learner should see the seeded questions (tests/bench/seed-qa.ts)");
  const count = (await (await fetch(`${base}/api/notifications/unread`, { headers })).json()) as {
    data?: { unread: number };
  };
  if (count.data?.unread !== unread) throw new Error(`bench: unread count ${count.data?.unread}, seeded ${unread}`);
  return [
    { name: "lesson Q&A list (signed in)", path: list, headers },
    { name: "lesson Q&A list, top (signed in)", path: list.replace("newest", "top"), headers },
    { name: "unread notifications count", path: "/api/notifications/unread", headers },
  ];
}
