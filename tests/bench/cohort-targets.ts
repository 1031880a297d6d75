// Bench rows for the cohorts (issue 25), on the cohort seed-cohort.ts fills with 500 members: the cohort home as
// a signed-in member sees it, and the review queue as the cohort's mentor sees it (about 300 waiting).
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
  // Measure the real thing: the member gets the cohort home, the mentor a queue with the seeded submissions.
  const homePage = await fetch(base + home, { headers: member });
  if (homePage.status !== 200 || !(await homePage.text()).includes("Next live session"))
    throw new Error(`bench: the demo learner should see the cohort home (HTTP ${homePage.status})`);
  const queuePage = await fetch(base + queue, { headers: mentor });
  const listed = ((await queuePage.text()).match(/data-testid="queue-item"/g) ?? []).length;
  if (queuePage.status !== 200 || listed === 0 || listed > waiting)
    throw new Error(`bench: the mentor's queue listed ${listed} of ${waiting} waiting (HTTP ${queuePage.status})`);
  return [
    { name: "cohort home (signed in)", path: home, headers: member },
    { name: "the mentor's review queue", path: queue, headers: mentor },
  ];
}
