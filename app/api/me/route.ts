import { getCurrentUserAndRefresh } from "@/lib/auth/session";
import { personalJson } from "@/lib/auth/session/personal-response";
import { toViewer } from "@/lib/auth/session/viewer";

export const dynamic = "force-dynamic";

/** The signed-in person for the header of cached pages, or `{ viewer: null }`. */
export async function GET() {
  const session = await getCurrentUserAndRefresh();
  return personalJson({ viewer: toViewer(session.user) }, session);
}
