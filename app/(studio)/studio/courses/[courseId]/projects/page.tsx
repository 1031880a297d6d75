import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { ProjectArchiveControls } from "@/components/studio/projects/project-archive-controls";
import { ProjectForm } from "@/components/studio/projects/project-form";
import { ReleaseDayForm } from "@/components/studio/projects/release-day-form";
import { Container } from "@/components/ui/container";
import { runAction } from "@/lib/actions/run-action";
import { serverActionScope } from "@/lib/actions/server-action";
import { getUserWithRoleOrRedirect } from "@/lib/auth/session";
import { courseProjectsDefinition } from "@/lib/studio/project-definitions";

export const metadata: Metadata = { title: "Projects · Studio" };

type Props = { params: Promise<{ courseId: string }> };

export default async function CourseProjectsPage({ params }: Props) {
  const { courseId } = await params;
  const { allowed } = await getUserWithRoleOrRedirect(`/studio/courses/${courseId}/projects`, "INSTRUCTOR", "ADMIN");
  if (!allowed) forbidden();
  const result = await runAction(courseProjectsDefinition, { courseId }, serverActionScope());
  if (!result.ok) notFound();
  const { projects, modules } = result.data;
  const active = projects.filter((p) => !p.archivedAt);
  const archived = projects.filter((p) => p.archivedAt);
  return (
    <Container className="py-10 sm:py-14">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
        <Link href="/studio" className="underline-offset-4 hover:underline">
          Studio
        </Link>{" "}
        /{" "}
        <Link href={`/studio/courses/${courseId}`} className="underline-offset-4 hover:underline">
          Course
        </Link>{" "}
        / <span>Projects</span>
      </nav>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900 dark:text-white">Projects</h1>
      <p className="mt-1 mb-8 text-sm text-slate-700 dark:text-slate-300">
        Graded projects of this course&apos;s cohorts: learners submit, mentors review with the rubric. Required
        projects must pass before the certificate.
      </p>
      <section
        aria-labelledby="release"
        className="mb-8 rounded-2xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900"
      >
        <h2 id="release" className="text-xl font-bold text-slate-900 dark:text-white">
          Release schedule
        </h2>
        <p className="mt-1 mb-4 text-sm text-slate-600 dark:text-slate-400">
          Each module opens to a cohort&apos;s members at midnight in the cohort&apos;s time zone, this many days after
          the cohort starts. Leave it empty to open a module from the start.
        </p>
        <div className="space-y-3">
          {modules.map((module) => (
            <ReleaseDayForm key={module.id} module={module} />
          ))}
        </div>
      </section>
      <div className="space-y-8">
        {active.map((project) => (
          <section
            key={project.id}
            aria-label={project.title}
            className="rounded-2xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900"
          >
            <h2 className="mb-4 text-xl font-bold text-slate-900 dark:text-white">{project.title}</h2>
            <ProjectForm courseId={courseId} project={project} />
            <div className="mt-6 border-t border-slate-200 pt-4 dark:border-slate-800">
              <ProjectArchiveControls
                courseId={courseId}
                project={{ id: project.id, title: project.title, archived: false, submissions: project.submissions }}
              />
            </div>
          </section>
        ))}
        <section
          aria-labelledby="new-project"
          className="rounded-2xl border border-dashed border-slate-300 p-6 dark:border-slate-700"
        >
          <h2 id="new-project" className="mb-4 text-xl font-bold text-slate-900 dark:text-white">
            New project
          </h2>
          <ProjectForm courseId={courseId} />
        </section>
        {archived.length > 0 ? (
          <section
            aria-labelledby="archived-projects"
            className="rounded-2xl border border-slate-200 bg-slate-50 p-6 dark:border-slate-800 dark:bg-slate-900/60"
          >
            <h2 id="archived-projects" className="text-xl font-bold text-slate-900 dark:text-white">
              Archived projects
            </h2>
            <p className="mt-1 mb-4 text-sm text-slate-600 dark:text-slate-400">
              Hidden from members, the review queue and the certificate; their submissions and reviews are kept.
            </p>
            <ul className="space-y-4">
              {archived.map((project) => (
                <li
                  key={project.id}
                  data-testid="archived-project"
                  className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
                >
                  <p className="mb-3 font-semibold text-slate-900 dark:text-white">
                    {project.title}{" "}
                    <span className="font-normal text-slate-600 dark:text-slate-400">
                      · {project.submissions === 1 ? "1 submission" : `${project.submissions} submissions`}
                    </span>
                  </p>
                  <ProjectArchiveControls
                    courseId={courseId}
                    project={{ id: project.id, title: project.title, archived: true, submissions: project.submissions }}
                  />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </Container>
  );
}
