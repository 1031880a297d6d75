// Shared look of the generated Open Graph images (1200×630) for courses and certificates.
import type { ReactNode } from "react";

export const OG_SIZE = { width: 1200, height: 630 };

export function OgFrame({
  eyebrow,
  title,
  lines,
  footer,
}: {
  eyebrow: string;
  title: string;
  lines: string[];
  footer: ReactNode;
}) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        background: "linear-gradient(135deg, #eef2ff 0%, #ffffff 55%, #ecfdf5 100%)",
        color: "#0f172a",
        fontFamily: "sans-serif",
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 16 }}>
        <div
          style={{
            width: 56,
            height: 56,
            borderRadius: 14,
            background: "#4f46e5",
            color: "white",
            display: "flex",
            alignItems: "center",
            justifyContent: "center",
            fontSize: 30,
            fontWeight: 700,
          }}
        >
          {"{}"}
        </div>
        <div style={{ fontSize: 30, fontWeight: 700 }}>Backend Academy</div>
      </div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ fontSize: 26, color: "#4338ca", fontWeight: 600, textTransform: "uppercase", letterSpacing: 3 }}>
          {eyebrow}
        </div>
        <div style={{ fontSize: title.length > 48 ? 56 : 68, fontWeight: 800, lineHeight: 1.1, marginTop: 16 }}>
          {title}
        </div>
        {lines.map((line) => (
          <div key={line} style={{ fontSize: 30, color: "#475569", marginTop: 16 }}>
            {line}
          </div>
        ))}
      </div>
      <div style={{ display: "flex", fontSize: 24, color: "#334155" }}>{footer}</div>
    </div>
  );
}
