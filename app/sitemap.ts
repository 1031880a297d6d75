import type { MetadataRoute } from "next";
import { listSitemapEntries } from "@/lib/catalog/queries";
import { env } from "@/lib/env";

// Read from the database at request time: nothing may touch it during `next build`.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = env().APP_URL;
  const url = (path: string) => new URL(path, base).toString();
  const courses = await listSitemapEntries();
  return [
    { url: url("/"), changeFrequency: "weekly", priority: 1 },
    { url: url("/courses"), changeFrequency: "daily", priority: 0.9 },
    ...courses.flatMap((course) => [
      {
        url: url(`/courses/${course.slug}`),
        lastModified: course.updatedAt,
        changeFrequency: "weekly" as const,
        priority: 0.8,
      },
      ...course.previewLessons.map((lesson) => ({
        url: url(`/courses/${course.slug}/lessons/${lesson.slug}`),
        lastModified: lesson.updatedAt,
        changeFrequency: "monthly" as const,
        priority: 0.6,
      })),
    ]),
  ];
}
