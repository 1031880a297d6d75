// After a publish, learners must see the new content at once: Next's cache, the shared page cache and the
// catalogue's in-process memo all drop what they hold for the course.
import { revalidatePath } from "next/cache";
import { invalidateCatalogCache } from "./memo";
import { purgeCachedPages } from "../http/page-cache";

// The shared cache keys a page as "<path>\n<accept-encoding>" (pageCacheKey): a prefix ending in "\n" is
// exactly that path, so the catalogue and home are dropped without every other course page.
const exactly = (path: string) => `${path}\n`;

/** The page-cache prefixes one course's publish drops: the course page and its lessons, the catalogue, home. */
export function coursePagePrefixes(slugs: string[]): string[] {
  return [
    ...slugs.flatMap((slug) => [exactly(`/courses/${slug}`), `/courses/${slug}/`]),
    exactly("/courses"),
    exactly("/"),
  ];
}

function revalidate(path: string, type?: "page" | "layout") {
  try {
    revalidatePath(path, type);
  } catch {
    // Outside a Next request (scripts, tests) there is no Next cache to revalidate.
  }
}

/** Returns how many shared-cache pages were dropped. */
export function refreshCoursePages(slugs: string[]): number {
  invalidateCatalogCache();
  for (const slug of slugs) {
    revalidate(`/courses/${slug}`);
    revalidate(`/courses/${slug}/lessons/[lessonSlug]`, "page");
  }
  revalidate("/courses");
  revalidate("/");
  return coursePagePrefixes(slugs).reduce((sum, prefix) => sum + purgeCachedPages(prefix), 0);
}

/**
 * After a change only a course's landing page shows (a review, its answer, hiding one): that page alone, in
 * Next's cache and the shared page cache, here and on every instance. Returns how many copies were dropped.
 */
export function refreshCourseLandingPage(slug: string): number {
  revalidate(`/courses/${slug}`);
  return purgeCachedPages(exactly(`/courses/${slug}`));
}
