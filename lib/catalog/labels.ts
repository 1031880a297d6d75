import type { CourseFormat, Level, LessonKind, Topic } from "../db/generated/enums";

export const TOPIC_LABEL: Record<Topic, string> = {
  APIS: "APIs",
  DATABASES: "Databases",
  SECURITY: "Security",
  PERFORMANCE: "Performance",
  CLOUD: "Cloud & Ops",
  CAREER: "Career",
};

export const LEVEL_LABEL: Record<Level, string> = {
  BEGINNER: "Beginner",
  INTERMEDIATE: "Intermediate",
  ADVANCED: "Advanced",
};

export const FORMAT_LABEL: Record<CourseFormat, string> = { SELF_PACED: "Self-paced", COHORT: "Cohort bootcamp" };

export const LESSON_KIND_LABEL: Record<LessonKind, string> = {
  ARTICLE: "Reading",
  VIDEO: "Video",
  QUIZ: "Quiz",
  SQL_EXERCISE: "SQL exercise",
  CODE_EXERCISE: "Code exercise",
};

export function formatPrice(cents: number, currency: string): string {
  if (cents === 0) return "Free";
  return new Intl.NumberFormat("en-US", {
    style: "currency",
    currency: currency.toUpperCase(),
    minimumFractionDigits: cents % 100 === 0 ? 0 : 2,
  }).format(cents / 100);
}

export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}
