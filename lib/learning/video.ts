// Recognises the video sources lessons may use. Pure.
export type VideoSource =
  { kind: "youtube"; id: string } | { kind: "vimeo"; id: string } | { kind: "file"; src: string };

export function parseVideoUrl(url: string): VideoSource {
  try {
    const parsed = new URL(url);
    const host = parsed.hostname.replace(/^www\./, "");
    if (host === "youtube.com" || host === "m.youtube.com") {
      const id = parsed.searchParams.get("v") ?? parsed.pathname.split("/embed/")[1];
      if (id && /^[\w-]{6,20}$/.test(id)) return { kind: "youtube", id };
    }
    if (host === "youtu.be") {
      const id = parsed.pathname.slice(1);
      if (/^[\w-]{6,20}$/.test(id)) return { kind: "youtube", id };
    }
    if (host === "vimeo.com" || host === "player.vimeo.com") {
      const id = parsed.pathname.split("/").find((part) => /^\d+$/.test(part));
      if (id) return { kind: "vimeo", id };
    }
  } catch {
    // Not an absolute URL: treat it as a file path below.
  }
  return { kind: "file", src: url };
}
