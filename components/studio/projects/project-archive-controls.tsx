"use client";
// Archive, restore or delete one project of a course, each after a confirmation that says what happens to the
// members' work. Delete is offered only while nobody has submitted (the server refuses it otherwise too).
import { useRouter } from "next/navigation";
import { ActionForm } from "@/components/ui/form/action-form";
import { archiveCourseProjectAction, deleteCourseProjectAction } from "@/lib/studio/project-actions";

type Props = { courseId: string; project: { id: string; title: string; archived: boolean; submissions: number } };

export function ProjectArchiveControls({ courseId, project }: Props) {
  const router = useRouter();
  const refresh = () => router.refresh();
  const ids = (
    <>
      <input type="hidden" name="courseId" value={courseId} />
      <input type="hidden" name="projectId" value={project.id} />
    </>
  );
  const work =
    project.submissions === 1 ? "its one submission" : `its ${project.submissions.toLocaleString("en")} submissions`;
  return (
    <div className="flex flex-wrap items-start gap-3" data-testid="project-archive-controls">
      <ActionForm
        action={archiveCourseProjectAction}
        onSuccess={refresh}
        submitLabel={project.archived ? `Restore ${project.title}` : `Archive ${project.title}`}
        pendingLabel={project.archived ? "Restoring…" : "Archiving…"}
        confirm={
          project.archived
            ? {
                title: `Restore ${project.title}?`,
                description:
                  "Members see it again on their cohort homes, can submit to it, and it counts for the certificate if it is required.",
                confirmLabel: "Restore the project",
              }
            : {
                title: `Archive ${project.title}?`,
                description: `Members no longer see it, its waiting submissions leave the review queue and it no longer counts for the certificate. ${project.submissions > 0 ? `${work[0]!.toUpperCase()}${work.slice(1)} and reviews are kept` : "Nothing is deleted"}; you can restore it here.`,
                confirmLabel: "Archive the project",
              }
        }
      >
        {ids}
        <input type="hidden" name="archived" value={project.archived ? "false" : "true"} />
      </ActionForm>
      {project.submissions === 0 ? (
        <ActionForm
          action={deleteCourseProjectAction}
          onSuccess={refresh}
          submitLabel={`Delete ${project.title}`}
          pendingLabel="Deleting…"
          confirm={{
            title: `Delete ${project.title}?`,
            description: "Nobody has submitted to it yet. The project, its brief and rubric are deleted for good.",
            confirmLabel: "Delete the project",
          }}
        >
          {ids}
        </ActionForm>
      ) : (
        <p className="max-w-sm text-sm text-slate-600 dark:text-slate-400">
          It has {project.submissions === 1 ? "a submission" : `${project.submissions} submissions`}, so it can be
          archived but not deleted.
        </p>
      )}
    </div>
  );
}
