import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CourseCard } from "@/components/catalog/course-card";
import { Stars } from "@/components/reviews/stars";
import { Container } from "@/components/ui/container";
import { getInstructorProfileOrNull } from "@/lib/catalog/instructors";
import { describeRating } from "@/lib/reviews/rules";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await getInstructorProfileOrNull((await params).id);
  return profile
    ? { title: `${profile.name}, instructor`, alternates: { canonical: `/instructors/${profile.id}` } }
    : { title: "Instructor not found" };
}

function initials(name: string): string {
  const parts = name.split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? "") + (parts.length > 1 ? (parts.at(-1)?.[0] ?? "") : "")).toUpperCase();
}

export default async function InstructorPage({ params }: Props) {
  const profile = await getInstructorProfileOrNull((await params).id);
  if (!profile) notFound();
  return (
    <Container className="py-12">
      <div className="flex flex-wrap items-center gap-6">
        {profile.image ? (
          // eslint-disable-next-line @next/next/no-img-element -- profile images come from OAuth providers on any host
          <img src={profile.image} alt={`Photo of ${profile.name}`} className="size-20 rounded-full object-cover" />
        ) : (
          <span
            aria-hidden="true"
            data-testid="instructor-initials"
            className="flex size-20 items-center justify-center rounded-full bg-brand-100 text-2xl font-bold text-brand-800 dark:bg-brand-900 dark:text-brand-100"
          >
            {initials(profile.name)}
          </span>
        )}
        <div>
          <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">{profile.name}</h1>
          <p className="mt-1 text-slate-600 dark:text-slate-400">
            Instructor at Backend Academy · {profile.courses.length} course{profile.courses.length === 1 ? "" : "s"} ·{" "}
            {profile.learners} learner{profile.learners === 1 ? "" : "s"}
          </p>
          {profile.rating && (
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
              <Stars rating={profile.rating.average} label={describeRating(profile.rating)} />{" "}
              <span aria-hidden="true">{profile.rating.average.toFixed(1)}</span>
            </p>
          )}
        </div>
      </div>
      {profile.bio && (
        <section aria-labelledby="about-instructor" className="mt-10 max-w-3xl">
          <h2 id="about-instructor" className="text-xl font-bold text-slate-900 dark:text-white">
            About {profile.name}
          </h2>
          {/* Plain text as the instructor wrote it: line breaks kept, nothing read as HTML or Markdown. */}
          <p className="mt-3 leading-7 break-words whitespace-pre-line text-slate-700 dark:text-slate-300">
            {profile.bio}
          </p>
        </section>
      )}
      <h2 className="mt-12 text-xl font-bold text-slate-900 dark:text-white">Courses</h2>
      <div className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
        {profile.courses.map((course) => (
          <CourseCard key={course.slug} course={course} />
        ))}
      </div>
    </Container>
  );
}
