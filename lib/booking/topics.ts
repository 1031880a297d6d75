import type { ConsultationTopic } from "../db/generated/enums";

export const TOPICS = [
  "CAREER_CHANGE",
  "INTERVIEW_PREP",
  "CHOOSING_COURSE",
  "OTHER",
] as const satisfies readonly ConsultationTopic[];

export const TOPIC_LABELS: Record<ConsultationTopic, string> = {
  CAREER_CHANGE: "Career change",
  INTERVIEW_PREP: "Interview preparation",
  CHOOSING_COURSE: "Choosing a course",
  OTHER: "Something else",
};

/** The advisor's slot length for a topic: their per-topic setting, else their default meeting length. */
export function minutesForTopic(
  advisor: { meetingMinutes: number; topicMinutes: unknown },
  topic: ConsultationTopic,
): number {
  const perTopic =
    advisor.topicMinutes && typeof advisor.topicMinutes === "object"
      ? (advisor.topicMinutes as Record<string, unknown>)[topic]
      : undefined;
  return typeof perTopic === "number" && Number.isInteger(perTopic) && perTopic >= 15 && perTopic <= 120
    ? perTopic
    : advisor.meetingMinutes;
}
