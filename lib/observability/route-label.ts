// The route a request belongs to, as a bounded label for logs and metrics ("/courses/[slug]", not the slug):
// matched against the build's own routes manifest, so every page and route handler is known by its pattern.
import { readFileSync } from "node:fs";
import path from "node:path";

type ManifestRoute = { page: string; regex: string };
type Manifest = { staticRoutes?: ManifestRoute[]; dynamicRoutes?: ManifestRoute[] };
export type RouteMatcher = (url: string) => string;

export function routeMatcher(manifest: Manifest): RouteMatcher {
  const statics = new Map((manifest.staticRoutes ?? []).map((route) => [route.page, route.page]));
  // A catch-all (app/[...missing]) matches everything: try it last.
  const dynamics = (manifest.dynamicRoutes ?? [])
    .map((route) => ({ page: route.page, regex: new RegExp(route.regex) }))
    .sort((a, b) => Number(a.page.includes("[...")) - Number(b.page.includes("[...")));
  return (url) => {
    const pathname = (url.split("?")[0] ?? "/").replace(/(.)\/$/, "$1");
    if (pathname.startsWith("/_next/static/")) return "/_next/static";
    if (pathname.startsWith("/_next/")) return "/_next";
    const known = statics.get(pathname);
    if (known) return known;
    if (/\/[^/]+\.[a-z0-9]{2,5}$/i.test(pathname)) return "(public file)";
    return dynamics.find((route) => route.regex.test(pathname))?.page ?? "(unmatched)";
  };
}

/** The matcher for the build in `.next` (or one that labels everything "(unknown)" when there is none). */
export function loadRouteMatcher(dir = process.cwd()): RouteMatcher {
  try {
    return routeMatcher(JSON.parse(readFileSync(path.join(dir, ".next", "routes-manifest.json"), "utf8")) as Manifest);
  } catch {
    return () => "(unknown)";
  }
}
