// An advisor edits their own public profile; it shows on the consultation page once it is complete.
import { DomainError } from "../actions/errors";
import { db } from "../db/client";
import { advisorFactsOf, advisorProfileGaps } from "./advisor-profile";

const factsSelect = {
  headline: true,
  bio: true,
  languages: true,
  user: { select: { image: true } },
  _count: { select: { rules: true } },
} as const;

export async function saveAdvisorProfile(
  userId: string,
  input: { headline: string; bio: string; languages: string[] },
): Promise<{ gaps: string[] }> {
  const advisor = await db.advisor.findUnique({ where: { userId }, select: { id: true } });
  if (!advisor) throw new DomainError("You don't have an advisor profile yet. Ask an admin to create one.");
  const saved = await db.advisor.update({
    where: { id: advisor.id },
    data: { headline: input.headline, bio: input.bio, languages: input.languages },
    select: factsSelect,
  });
  return { gaps: advisorProfileGaps(advisorFactsOf(saved)) };
}

/** The advisor's own profile and what keeps it from being public; null without an advisor profile. */
export async function getOwnAdvisorProfile(userId: string) {
  const advisor = await db.advisor.findUnique({ where: { userId }, select: factsSelect });
  return advisor
    ? {
        headline: advisor.headline,
        bio: advisor.bio,
        languages: advisor.languages,
        gaps: advisorProfileGaps(advisorFactsOf(advisor)),
      }
    : null;
}
