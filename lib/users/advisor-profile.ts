// When an advisor's profile may be public: a prospect books with someone they can read about, in a language
// they share, at times that exist. Pure; the consultation listing filters on it, and the admin's and the
// advisor's pages say what is still missing.

export const ADVISOR_BIO_MIN = 40;
/** No advisor photo upload exists yet; turn this on with it. */
export const ADVISOR_PHOTO_REQUIRED = false;

export type AdvisorProfileFacts = {
  headline: string;
  bio: string;
  languages: readonly string[];
  hasPhoto: boolean;
  /** Weekly availability rules: without one there is never a slot to book. */
  availabilityRules: number;
};

/** What keeps the profile from being public, as things to do; empty when it is complete. */
export function advisorProfileGaps(facts: AdvisorProfileFacts, photoRequired = ADVISOR_PHOTO_REQUIRED): string[] {
  const gaps: string[] = [];
  if (facts.headline.trim().length < 3) gaps.push("Add a headline.");
  const bio = facts.bio.trim().length;
  if (bio < ADVISOR_BIO_MIN)
    gaps.push(
      bio === 0
        ? `Write a bio of at least ${ADVISOR_BIO_MIN} characters.`
        : `Make the bio at least ${ADVISOR_BIO_MIN} characters long; it has ${bio}.`,
    );
  if (facts.languages.filter((l) => l.trim()).length === 0) gaps.push("Say which languages you advise in.");
  if (photoRequired && !facts.hasPhoto) gaps.push("Add a photo.");
  if (facts.availabilityRules === 0) gaps.push("Set your weekly availability.");
  return gaps;
}

export function isAdvisorProfileComplete(facts: AdvisorProfileFacts, photoRequired = ADVISOR_PHOTO_REQUIRED) {
  return advisorProfileGaps(facts, photoRequired).length === 0;
}

/** The facts from an advisor row selected with `advisorFactsSelect`. */
export function advisorFactsOf(row: {
  headline: string;
  bio: string;
  languages: string[];
  user: { image: string | null };
  _count: { rules: number };
}): AdvisorProfileFacts {
  return {
    headline: row.headline,
    bio: row.bio,
    languages: row.languages,
    hasPhoto: Boolean(row.user.image),
    availabilityRules: row._count.rules,
  };
}
