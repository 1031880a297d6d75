import { jsonRoute } from "@/lib/actions/json-route";
import { getCurrentUserAndRefresh } from "@/lib/auth/session";
import { personalJson } from "@/lib/auth/session/personal-response";
import { toViewer } from "@/lib/auth/session/viewer";

export const dynamic = "force-dynamic";

/** The signed-in person for the header of cached pages, or `{ viewer: null }`. */
export const GET = jsonRoute(async () => {
  const session = await getCurrentUserAndRefresh();
  return personalJson({ viewer: toViewer(session.user) }, session);
});
