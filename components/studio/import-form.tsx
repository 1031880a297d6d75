"use client";
import Link from "next/link";
import type { ImportReport } from "@/lib/studio/import-course";
import { FilePostForm } from "./file-post-form";

export function ImportForm() {
  return (
    <FilePostForm<ImportReport>
      endpoint="/api/studio/import"
      label="Course archive (.zip)"
      accept=".zip,application/zip"
      submitLabel="Import"
      render={(report) => (
        <div
          className="rounded-lg bg-emerald-50 p-4 text-sm text-emerald-950 ring-1 ring-emerald-200 dark:bg-emerald-950 dark:text-emerald-50 dark:ring-emerald-800"
          data-testid="import-report"
        >
          <p className="font-semibold">
            {report.courseCreated ? "Created" : "Updated"} the course “{report.slug}”. Changes are drafts until you
            publish.
          </p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            <li>Modules created: {report.modulesCreated.length ? report.modulesCreated.join(", ") : "none"}</li>
            <li>Lessons created: {report.lessonsCreated.length ? report.lessonsCreated.join(", ") : "none"}</li>
            <li>Lessons changed: {report.lessonsChanged.length ? report.lessonsChanged.join(", ") : "none"}</li>
            <li>Lessons unchanged: {report.lessonsUnchanged}</li>
            {report.notInArchive.length ? (
              <li>Kept, but not in the archive: {report.notInArchive.join(", ")}</li>
            ) : null}
          </ul>
          <Link
            href={`/studio/courses/${report.courseId}`}
            className="mt-3 inline-block font-semibold underline underline-offset-2"
          >
            Open the course
          </Link>
        </div>
      )}
    />
  );
}

export function UploadImageForm({ courseId }: { courseId: string }) {
  return (
    <FilePostForm<{ url: string }>
      endpoint="/api/studio/uploads"
      label="Image (PNG, JPEG, GIF, WebP or AVIF, up to 2 MB)"
      accept="image/png,image/jpeg,image/gif,image/webp,image/avif"
      hidden={{ courseId }}
      submitLabel="Upload image"
      render={(data) => (
        <p className="text-sm text-slate-800 dark:text-slate-200">
          Uploaded. Address:{" "}
          <code className="rounded bg-slate-100 px-1 dark:bg-slate-800" data-testid="upload-url">
            {data.url}
          </code>{" "}
          (paste it as the cover image, or into a lesson as <code>![description]({data.url})</code>).
        </p>
      )}
    />
  );
}
