// Demo sign-ins created by the seed; printed by `npm start`. Local demo data only.
export const DEMO_PASSWORD = "learn-backend-2026";

export const DEMO_ACCOUNTS = [
  { email: "admin@academy.test", name: "Alex Admin", role: "ADMIN", timeZone: "Europe/London" },
  {
    email: "ada@academy.test",
    name: "Ada Okafor",
    role: "INSTRUCTOR",
    timeZone: "Europe/Berlin",
    bio: "Backend engineer for eleven years, most of them on public APIs at a logistics company.\n\nI teach HTTP, API design and data modelling the way I wish I had learnt them: small examples first, then the trade-offs you meet in production.",
  },
  {
    email: "rafael@academy.test",
    name: "Rafael Lindqvist",
    role: "INSTRUCTOR",
    timeZone: "Europe/Stockholm",
    bio: "Site reliability engineer. I have run on-call rotations for payment and search systems and now teach security, caching and observability.",
  },
  { email: "maya@academy.test", name: "Maya Chen", role: "ADVISOR", timeZone: "Europe/Lisbon" },
  { email: "tomas@academy.test", name: "Tomás Rivera", role: "ADVISOR", timeZone: "America/New_York" },
  { email: "learner@academy.test", name: "Sam Learner", role: "LEARNER", timeZone: "America/Chicago" },
  // A mentor keeps the learner role: mentoring is a link to cohorts (CohortMentor), see DEMO_MENTOR.
  { email: "mentor@academy.test", name: "Noor Haddad", role: "LEARNER", timeZone: "Europe/Berlin" },
] as const;

/** The demo mentor and the course whose cohorts (all of them) they mentor. */
export const DEMO_MENTOR = { email: "mentor@academy.test", courseSlug: "backend-security-essentials" } as const;

export const DEMO_ADVISORS = [
  {
    email: "maya@academy.test",
    slug: "maya-chen",
    headline: "Staff engineer, 12 years in payments and platform teams",
    bio: "I help engineers plan the move from junior to senior and from senior to staff: what to learn, what to ship, and how to show it.",
    timeZone: "Europe/London",
    videoUrl: "https://meet.example.test/maya-chen",
    languages: ["English", "Mandarin"],
    // Monday to Friday, 09:00–13:00 and 14:00–17:00 local time.
    windows: [1, 2, 3, 4, 5].flatMap((weekday) => [
      { weekday, startMinute: 9 * 60, endMinute: 13 * 60 },
      { weekday, startMinute: 14 * 60, endMinute: 17 * 60 },
    ]),
  },
  {
    email: "tomas@academy.test",
    slug: "tomas-rivera",
    headline: "Engineering manager; hired 60+ backend engineers",
    bio: "Portfolio reviews, interview practice and career switches into backend engineering from other fields.",
    timeZone: "America/New_York",
    videoUrl: "https://meet.example.test/tomas-rivera",
    languages: ["English", "Spanish"],
    windows: [1, 3, 5].map((weekday) => ({ weekday, startMinute: 10 * 60, endMinute: 16 * 60 })),
  },
] as const;
