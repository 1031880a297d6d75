"use client";
// YouTube and Vimeo embeds (through their postMessage APIs, no third-party script) or an MP4 with
// captions. The position is saved every 15 s of playback and restored on the next visit.
import { useCallback, useEffect, useRef } from "react";
import { saveVideoPositionAction } from "@/lib/learning/actions";
import { parseVideoUrl } from "@/lib/learning/video";

type Props = {
  lessonId: string;
  title: string;
  url: string;
  captionsUrl: string | null;
  startSeconds: number;
  canSave: boolean;
};

const SAVE_EVERY_SECONDS = 15;

export function VideoPlayer({ lessonId, title, url, captionsUrl, startSeconds, canSave }: Props) {
  const source = parseVideoUrl(url);
  const lastSaved = useRef(startSeconds);
  const frame = useRef<HTMLIFrameElement>(null);

  const report = useCallback(
    (seconds: number, force = false) => {
      if (!canSave || !Number.isFinite(seconds)) return;
      const whole = Math.floor(seconds);
      if (!force && Math.abs(whole - lastSaved.current) < SAVE_EVERY_SECONDS) return;
      lastSaved.current = whole;
      const form = new FormData();
      form.set("lessonId", lessonId);
      form.set("seconds", String(whole));
      void saveVideoPositionAction(null, form);
    },
    [canSave, lessonId],
  );

  useEffect(() => {
    if (source.kind === "file") return;
    const origin = source.kind === "youtube" ? "https://www.youtube-nocookie.com" : "https://player.vimeo.com";
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== origin || typeof event.data !== "string") return;
      try {
        const data = JSON.parse(event.data) as {
          event?: string;
          info?: { currentTime?: number };
          data?: { seconds?: number };
        };
        if (source.kind === "youtube" && typeof data.info?.currentTime === "number") report(data.info.currentTime);
        if (source.kind === "vimeo" && data.event === "timeupdate" && typeof data.data?.seconds === "number")
          report(data.data.seconds);
      } catch {
        // Messages from other embeds are not JSON; ignore them.
      }
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [source.kind, report]);

  const subscribe = () => {
    const target = frame.current?.contentWindow;
    if (!target) return;
    if (source.kind === "youtube")
      target.postMessage(JSON.stringify({ event: "listening", id: lessonId }), "https://www.youtube-nocookie.com");
    if (source.kind === "vimeo")
      target.postMessage(
        JSON.stringify({ method: "addEventListener", value: "timeupdate" }),
        "https://player.vimeo.com",
      );
  };

  if (source.kind === "file") {
    return (
      <video
        controls
        preload="metadata"
        className="mt-8 aspect-video w-full rounded-2xl bg-black"
        onLoadedMetadata={(e) => {
          if (startSeconds > 0) e.currentTarget.currentTime = startSeconds;
        }}
        onTimeUpdate={(e) => report(e.currentTarget.currentTime)}
        onPause={(e) => report(e.currentTarget.currentTime, true)}
      >
        <source src={source.src} type="video/mp4" />
        {captionsUrl && <track kind="captions" src={captionsUrl} srcLang="en" label="English" default />}
      </video>
    );
  }
  const embed =
    source.kind === "youtube"
      ? `https://www.youtube-nocookie.com/embed/${source.id}?enablejsapi=1&rel=0&start=${startSeconds}`
      : `https://player.vimeo.com/video/${source.id}?api=1#t=${startSeconds}s`;
  return (
    <div className="mt-8 aspect-video w-full overflow-hidden rounded-2xl bg-black">
      <iframe
        ref={frame}
        src={embed}
        title={`Video: ${title}`}
        onLoad={subscribe}
        className="size-full"
        allow="fullscreen; picture-in-picture; encrypted-media"
        loading="lazy"
        referrerPolicy="strict-origin-when-cross-origin"
      />
    </div>
  );
}
