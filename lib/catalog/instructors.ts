// Published or aggregate data only: read from the replica when one is configured (lib/db/client.ts).
import { replicaDb as db } from "../db/client";
import { getRatingSummaries } from "../reviews/queries";
import { summarizeRatings } from "../reviews/rules";
import { memoKeys } from "../cache/keys";
import { memoize } from "../cache/memo";
import { courseCardSelect, toCard, type CourseCardData } from "./queries";

export type InstructorProfile = {
  id: string;
  name: string;
  image: string | null;
  bio: string;
  courses: CourseCardData[];
  learners: number;
  rating: ReturnType<typeof summarizeRatings>;
};

/** A public instructor page: only people who teach a published course have one. */
export function getInstructorProfileOrNull(id: string): Promise<InstructorProfile | null> {
  if (!/^[a-z0-9]{10,40}$/i.test(id)) return Promise.resolve(null);
  return memoize(memoKeys.instructor(id), async () => {
    const user = await db.user.findUnique({
      where: { id },
      select: {
        id: true,
        name: true,
        image: true,
        bio: true,
        courses: { where: { status: "PUBLISHED" }, orderBy: { publishedAt: "asc" }, select: courseCardSelect },
      },
    });
    if (!user || user.courses.length === 0) return null;
    const ratings = await getRatingSummaries(user.courses.map((c) => c.id));
    const courses = user.courses.map((c) => toCard(c, ratings));
    // The average over every review of every course: weight each course's average by its count.
    const all = [...ratings.values()].flatMap((r) => Array.from({ length: r.count }, () => r.average));
    return {
      id: user.id,
      name: user.name ?? "Backend Academy instructor",
      image: user.image,
      bio: user.bio,
      courses,
      learners: courses.reduce((sum, c) => sum + c.learners, 0),
      rating: summarizeRatings(all),
    };
  });
}
