// GET /api/discussions/threads?lessonId=&sort=: a lesson's questions as this viewer may see them, loaded after the
// cached lesson page. One function, two doors: the route file, and the production server's own (offered below,
// lib/http/web-endpoints.ts), which skips Next's route runtime (tests/bench/PROFILE-NOTES.md).
import { personalQueryRoute } from "../actions/personal-json-route";
import { offerWebEndpoint } from "../http/web-endpoints";
import { lessonThreadsDefinition, qaJson } from "./definitions";

export const lessonThreadsAnswer = personalQueryRoute(lessonThreadsDefinition, qaJson);

offerWebEndpoint("/api/discussions/threads", lessonThreadsAnswer);
