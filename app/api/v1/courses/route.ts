import { courseListAnswer } from "@/lib/api/v1/course-list-answer";

export const dynamic = "force-dynamic";

/** The published course list; the production server answers it itself once loaded (lib/api/v1/course-list-answer.ts). */
export const GET = courseListAnswer;
