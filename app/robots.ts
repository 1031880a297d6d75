import type { MetadataRoute } from "next";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  const base = env().APP_URL;
  return {
    rules: [
      {
        userAgent: "*",
        allow: "/",
        disallow: ["/api/", "/dashboard", "/profile", "/admin", "/studio", "/sign-in", "/sign-up"],
      },
    ],
    sitemap: new URL("/sitemap.xml", base).toString(),
  };
}
