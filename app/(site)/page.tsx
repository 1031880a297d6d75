import Link from "next/link";
import { CourseCard } from "@/components/catalog/course-card";
import { ButtonLink } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { QueryNotice } from "@/components/ui/query-notice";
import { listFeaturedCourses, listTopicCounts, type TopicCount } from "@/lib/catalog/queries";

// Rendered on request, not at build time (there is no database then). It is the same for everyone, so
// next.config marks it shareable for a minute and the server's page cache answers repeat visits
// (lib/security/proxy-free.ts).
export const dynamic = "force-dynamic";

const FEATURES = [
  {
    title: "Real PostgreSQL in your browser",
    body: "SQL exercises run against a real PostgreSQL engine inside the page. Write a query, see the result table, get it checked — no install, no server.",
  },
  {
    title: "Written by working engineers",
    body: "Every lesson explains why, not only how, with runnable samples in TypeScript, Python, Go and SQL.",
  },
  {
    title: "Self-paced or in a cohort",
    body: "Learn on your own schedule, or join a dated bootcamp with a small group and live sessions.",
  },
  {
    title: "A certificate that can be checked",
    body: "Finish a course and get a certificate with a public verification page you can link from your CV.",
  },
];

const TRACKS: { topic: TopicCount["topic"]; label: string; text: string }[] = [
  { topic: "APIS", label: "APIs", text: "REST, GraphQL, pagination, versioning" },
  { topic: "DATABASES", label: "Databases", text: "SQL, modelling, indexes, transactions" },
  { topic: "SECURITY", label: "Security", text: "Auth, injection, secrets, rate limits" },
  { topic: "PERFORMANCE", label: "Performance", text: "Caching, queues, profiling, scale" },
  { topic: "CLOUD", label: "Cloud & Ops", text: "Containers, Kubernetes, delivery, observability" },
  { topic: "CAREER", label: "Career", text: "From junior to architect, interviews, portfolio" },
];

export default async function HomePage() {
  const [featured, topicCounts] = await Promise.all([listFeaturedCourses(), listTopicCounts()]);
  // Only topics with published courses: a tile that leads to "0 courses" is an empty promise.
  const counts = new Map(topicCounts.map((t) => [t.topic, t.courses]));
  const tracks = TRACKS.filter((track) => counts.has(track.topic));
  return (
    <>
      <QueryNotice param="account" value="deleted">
        Your account has been deleted: you are signed out, and your enrolments, progress and certificates are gone.
        Payment records are kept for accounting, without your name or email. You are welcome back any time.
      </QueryNotice>
      <section className="relative overflow-hidden border-b border-slate-200 bg-gradient-to-b from-brand-50 to-white dark:border-slate-800 dark:from-slate-900 dark:to-slate-950">
        <Container className="grid gap-12 py-20 lg:grid-cols-[1.2fr_1fr] lg:items-center lg:py-28">
          <div>
            <p className="text-sm font-semibold tracking-wider text-brand-700 uppercase dark:text-brand-300">
              Backend engineering, from first API to architect
            </p>
            <h1 className="mt-4 text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl dark:text-white">
              Learn to build the systems behind every app.
            </h1>
            <p className="mt-6 max-w-xl text-lg leading-8 text-slate-600 dark:text-slate-300">
              Practical courses on APIs, databases, security and scaling. Read a lesson, then run real SQL and code
              right in the page — and see your progress add up to a certificate.
            </p>
            <div className="mt-8 flex flex-wrap gap-3">
              <ButtonLink href="/courses">Browse courses</ButtonLink>
              <ButtonLink href="/courses?price=free" variant="secondary">
                Start with a free course
              </ButtonLink>
            </div>
            <p className="mt-4 text-sm text-slate-600 dark:text-slate-300">
              Not sure where to start?{" "}
              <Link href="/consultation" className="font-semibold text-brand-700 underline dark:text-brand-300">
                Book a free career consultation
              </Link>
              .
            </p>
          </div>
          <div
            aria-hidden="true"
            className="hidden rounded-2xl border border-slate-200 bg-white p-5 font-mono text-sm shadow-xl lg:block dark:border-slate-700 dark:bg-slate-900"
          >
            <div className="mb-3 flex gap-1.5">
              <span className="size-3 rounded-full bg-rose-400" />
              <span className="size-3 rounded-full bg-amber-400" />
              <span className="size-3 rounded-full bg-emerald-400" />
            </div>
            <pre className="whitespace-pre-wrap text-slate-700 dark:text-slate-200">
              <span className="text-brand-700 dark:text-brand-300">SELECT</span> country, count(*) AS customers{"\n"}
              <span className="text-brand-700 dark:text-brand-300">FROM</span> customers{"\n"}
              <span className="text-brand-700 dark:text-brand-300">GROUP BY</span> country{"\n"}
              <span className="text-brand-700 dark:text-brand-300">ORDER BY</span> customers{" "}
              <span className="text-brand-700 dark:text-brand-300">DESC</span>;
            </pre>
            <table className="mt-4 w-full text-left text-xs">
              <thead className="text-slate-500 dark:text-slate-400">
                <tr>
                  <th className="py-1">country</th>
                  <th>customers</th>
                </tr>
              </thead>
              <tbody className="text-slate-800 dark:text-slate-200">
                <tr className="border-t border-slate-100 dark:border-slate-800">
                  <td className="py-1">PT</td>
                  <td>412</td>
                </tr>
                <tr className="border-t border-slate-100 dark:border-slate-800">
                  <td className="py-1">DE</td>
                  <td>388</td>
                </tr>
              </tbody>
            </table>
            <p className="mt-4 rounded-md bg-emerald-50 px-3 py-2 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200">
              ✓ Correct — your result matches.
            </p>
          </div>
        </Container>
      </section>

      <Container className="py-16">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div>
            <h2 className="text-2xl font-bold tracking-tight text-slate-900 dark:text-white">Featured courses</h2>
            <p className="mt-2 text-slate-600 dark:text-slate-400">
              Start free, or go deep with a paid course or a live cohort.
            </p>
          </div>
          <Link
            href="/courses"
            className="text-sm font-semibold text-brand-700 hover:text-brand-800 dark:text-brand-300"
          >
            See all courses →
          </Link>
        </div>
        <div className="mt-8 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
          {featured.map((course) => (
            <CourseCard key={course.slug} course={course} />
          ))}
        </div>
      </Container>

      <section className="border-y border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900/40">
        <Container className="py-16">
          <h2 className="text-2xl font-bold tracking-tight text-slate-900 dark:text-white">Why Backend Academy</h2>
          <div className="mt-8 grid gap-8 sm:grid-cols-2">
            {FEATURES.map((feature) => (
              <div key={feature.title}>
                <h3 className="font-semibold text-slate-900 dark:text-white">{feature.title}</h3>
                <p className="mt-2 text-sm leading-6 text-slate-600 dark:text-slate-400">{feature.body}</p>
              </div>
            ))}
          </div>
        </Container>
      </section>

      <Container className="py-16">
        <h2 className="text-2xl font-bold tracking-tight text-slate-900 dark:text-white">Explore by topic</h2>
        <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {tracks.map((track) => (
            <li key={track.topic}>
              <Link
                href={`/courses?topic=${track.topic}`}
                className="block h-full rounded-xl border border-slate-200 p-5 hover:border-brand-300 hover:bg-brand-50 dark:border-slate-800 dark:hover:border-brand-700 dark:hover:bg-slate-900"
              >
                <span className="font-semibold text-slate-900 dark:text-white">{track.label}</span>
                <span className="mt-1 block text-sm text-slate-600 dark:text-slate-400">{track.text}</span>
                <span className="mt-2 block text-xs font-medium text-slate-600 dark:text-slate-400">
                  {counts.get(track.topic) === 1 ? "1 course" : `${counts.get(track.topic)} courses`}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </Container>
    </>
  );
}
