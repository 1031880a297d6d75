import { ImageResponse } from "next/og";
import { flattenLessons, totalMinutes } from "@/lib/catalog/course-outline";
import { LEVEL_LABEL, TOPIC_LABEL, formatDuration, formatPrice } from "@/lib/catalog/labels";
import { getCourseOrNull } from "@/lib/catalog/queries";
import { OG_SIZE, OgFrame } from "@/components/site/og-frame";

export const size = OG_SIZE;
export const contentType = "image/png";
export const alt = "Backend Academy course";

export default async function CourseImage({ params }: { params: Promise<{ slug: string }> }) {
  const course = await getCourseOrNull((await params).slug);
  if (!course)
    return new ImageResponse(
      <OgFrame eyebrow="Course" title="Course not found" lines={[]} footer="backend academy" />,
      size,
    );
  const lessons = flattenLessons(course.modules).length;
  return new ImageResponse(
    <OgFrame
      eyebrow={`${TOPIC_LABEL[course.topic]} · ${LEVEL_LABEL[course.level]}`}
      title={course.title}
      lines={[course.summary.length > 110 ? `${course.summary.slice(0, 107)}…` : course.summary]}
      footer={`${lessons} lessons · ${formatDuration(totalMinutes(course.modules))} · ${formatPrice(course.priceCents, course.currency)} · taught by ${course.instructor.name ?? "Backend Academy"}`}
    />,
    size,
  );
}
