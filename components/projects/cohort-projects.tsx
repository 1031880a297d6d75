// The cohort home's projects: each with its deadline in the viewer's zone and, for a member, where it stands.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { deadlineText, STATE_LABELS, STATE_TONES } from "@/lib/projects/format";
import type { ProjectState } from "@/lib/projects/queries";

type Item = { id: string; title: string; required: boolean; deadline: Date; state: ProjectState };

export function CohortProjects({
  cohortId,
  zone,
  hour12 = false,
  viewer,
  projects,
}: {
  cohortId: string;
  zone: string;
  /** The viewer's clock (profile settings). */
  hour12?: boolean;
  viewer: "member" | "staff";
  projects: Item[];
}) {
  const required = projects.filter((p) => p.required);
  const passed = required.filter((p) => p.state === "PASSED").length;
  return (
    <section aria-labelledby="projects" className="mt-10">
      <h2 id="projects" className="text-xl font-bold text-slate-900 dark:text-white">
        Projects
      </h2>
      {viewer === "member" && required.length > 0 ? (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400" data-testid="certificate-projects">
          Your certificate needs every lesson done and the required projects passed: {passed} of {required.length}{" "}
          passed.
        </p>
      ) : null}
      <ul className="mt-4 grid gap-3 md:grid-cols-2">
        {projects.map((project) => (
          <li key={project.id} data-testid="cohort-project">
            <Link
              href={`/cohorts/${cohortId}/projects/${project.id}`}
              className="block h-full rounded-2xl border border-slate-200 bg-white p-5 hover:border-brand-400 focus-visible:outline-2 focus-visible:outline-brand-600 dark:border-slate-800 dark:bg-slate-900 dark:hover:border-brand-600"
            >
              <span className="flex flex-wrap items-center gap-2">
                <span className="font-semibold text-slate-900 dark:text-white">{project.title}</span>
                {viewer === "member" ? (
                  <Badge tone={STATE_TONES[project.state]}>{STATE_LABELS[project.state]}</Badge>
                ) : null}
              </span>
              <span className="mt-1 block text-sm text-slate-600 dark:text-slate-400">
                Due{" "}
                <time dateTime={project.deadline.toISOString()}>{deadlineText(project.deadline, zone, hour12)}</time>
                {project.required ? " · required for the certificate" : ""}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
