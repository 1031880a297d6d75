import { lessonThreadsAnswer } from "@/lib/discussions/lesson-threads-answer";

export const dynamic = "force-dynamic";

/** A lesson's questions as this viewer may see them (?lessonId=&sort=); loaded after the cached lesson page. */
export const GET = lessonThreadsAnswer;
