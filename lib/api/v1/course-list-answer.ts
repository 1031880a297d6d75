// GET /api/v1/courses, the API's busiest read: one function, two doors. The route file answers it, and the
// production server answers it itself (offered below, lib/http/web-endpoints.ts, scripts/serve.ts) without Next's
// route runtime, which cost more than the answer once the page is kept encoded (lib/api/v1/encoded-answer.ts).
// The path is proxy-free (lib/security/proxy-free.ts): next.config gives it its fixed headers in both doors.
import { offerWebEndpoint } from "../../http/web-endpoints";
import { V1_ENDPOINTS } from "./endpoints";
import { v1Route } from "./route";

export const COURSE_LIST_PATH = "/api/v1/courses";

export const courseListAnswer = v1Route(V1_ENDPOINTS.listCourses);

offerWebEndpoint(COURSE_LIST_PATH, courseListAnswer);
