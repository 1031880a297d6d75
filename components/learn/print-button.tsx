"use client";
import { BUTTON_BASE, BUTTON_STYLES } from "@/components/ui/button-link";

export function PrintButton({
  label = "Print or save as PDF",
  variant = "primary",
}: {
  label?: string;
  variant?: keyof typeof BUTTON_STYLES;
}) {
  return (
    <button type="button" onClick={() => window.print()} className={`${BUTTON_BASE} ${BUTTON_STYLES[variant]}`}>
      {label}
    </button>
  );
}
