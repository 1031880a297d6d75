import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { ImportForm } from "@/components/studio/import-form";
import { Container } from "@/components/ui/container";
import { getUserWithRoleOrRedirect } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Import a course · Studio" };

export default async function ImportPage() {
  const { allowed } = await getUserWithRoleOrRedirect("/studio/import", "INSTRUCTOR", "ADMIN");
  if (!allowed) forbidden();
  return (
    <Container className="max-w-2xl py-10 sm:py-14">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
        <Link href="/studio" className="underline-offset-4 hover:underline">
          Studio
        </Link>{" "}
        / <span>Import</span>
      </nav>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900 dark:text-white">Import a course</h1>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        A zip with one folder in the curriculum format: <code>course.md</code>, then <code>NN-module/module.md</code>{" "}
        and <code>NN-lesson.md</code> files with front matter. An archive made by “Export as zip” is one. A course with
        the same folder name that you can edit is updated; otherwise a new draft course is created. Every change is a
        draft until you publish.
      </p>
      <div className="mt-6 rounded-2xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-950">
        <ImportForm />
      </div>
    </Container>
  );
}
