// Bench rows for the cohorts (issue 25), on the cohort seed-cohort.ts fills with 500 members: the cohort home as
// a signed-in member sees it, and the review queue as the cohort's mentor sees it (about 300 waiting): each page's
// document (a shell), and the whole view (the shell, then the JSON its scripts ask for).
import { readFileSync } from "node:fs";
import { DEMO_PASSWORD } from "../../prisma/demo-accounts";
import { signInCookie } from "./learning-targets";
import type { BenchTarget } from "./run";
import { benchCohortFile } from "./server";

export async function cohortTargets(base: string, port: number): Promise<BenchTarget[]> {
  const { cohortId, waiting } = JSON.parse(readFileSync(benchCohortFile(port), "utf8")) as {
    cohortId: string;
    waiting: number;
  };
  const member = { cookie: `${await signInCookie(base, "learner@academy.test", DEMO_PASSWORD)}; ba-signed-in=1` };
  const mentor = { cookie: `${await signInCookie(base, "mentor@academy.test", DEMO_PASSWORD)}; ba-signed-in=1` };
  const home = `/cohorts/${cohortId}`;
  const queue = `/cohorts/${cohortId}/reviews`;
  // The pages are shells (the same for every member, kept by the server: lib/http/member-shells.ts); the member's
  // part is the JSON their scripts ask for. Measure the real thing: the member gets the cohort home's shell and its
  // data, the mentor the queue's shell and a list of the seeded submissions.
  const homeData = `/api/cohorts/home?cohortId=${cohortId}`;
  const queueData = `/api/cohorts/review-queue?cohortId=${cohortId}`;
  const homePage = await fetch(base + home, { headers: member });
  const homeJson = await fetch(base + homeData, { headers: member });
  if (homePage.status !== 200 || !(await homePage.text()).includes('data-testid="cohort-loading"'))
    throw new Error(`bench: the demo learner should get the cohort home's shell (HTTP ${homePage.status})`);
  const homeAnswer = (await homeJson.json()) as { ok: boolean; data?: { viewer: string; sessions: unknown[] } };
  if (homeJson.status !== 200 || homeAnswer.data?.viewer !== "member" || homeAnswer.data.sessions.length === 0)
    throw new Error(`bench: the demo learner should get the cohort home's data (HTTP ${homeJson.status})`);
  const queuePage = await fetch(base + queue, { headers: mentor });
  if (queuePage.status !== 200 || !(await queuePage.text()).includes('data-testid="queue-loading"'))
    throw new Error(`bench: the mentor should get the review queue's shell (HTTP ${queuePage.status})`);
  const queueJson = await fetch(base + queueData, { headers: mentor });
  const listed = ((await queueJson.json()) as { data?: { items: unknown[] } }).data?.items.length ?? 0;
  if (queueJson.status !== 200 || listed === 0 || listed > waiting)
    throw new Error(`bench: the mentor's queue listed ${listed} of ${waiting} waiting (HTTP ${queueJson.status})`);
  return [
    { name: "cohort home (signed in)", path: home, headers: member },
    { name: "cohort home view (signed in)", path: home, headers: member, then: [{ path: homeData, headers: member }] },
    { name: "the mentor's review queue", path: queue, headers: mentor },
    {
      name: "the mentor's review queue view",
      path: queue,
      headers: mentor,
      then: [{ path: queueData, headers: mentor }],
    },
  ];
}
