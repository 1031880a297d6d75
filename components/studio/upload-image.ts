// Uploads an image for a course and answers the Markdown that shows it, or null (with an alert) on refusal.
export async function uploadImage(courseId: string, file: File): Promise<string | null> {
  const body = new FormData();
  body.set("courseId", courseId);
  body.set("file", file);
  try {
    const response = await fetch("/api/studio/uploads", { method: "POST", body });
    const result = (await response.json()) as { ok: true; data: { url: string } } | { ok: false; error: string };
    if (result.ok) return `![${file.name.replace(/[[\]]/g, "")}](${result.data.url})`;
    window.alert(result.error);
  } catch {
    window.alert("The image could not be uploaded. Check your connection and try again.");
  }
  return null;
}
