import Link from "next/link";
import { clsx } from "clsx";

const LINKS = [
  { href: "/advisor/consultations", label: "Consultations" },
  { href: "/advisor/availability", label: "Availability" },
];

export function AdvisorNav({ current }: { current: string }) {
  return (
    <nav aria-label="Advisor" className="mb-8 flex gap-2 border-b border-slate-200 dark:border-slate-800">
      {LINKS.map((link) => (
        <Link
          key={link.href}
          href={link.href}
          aria-current={current === link.href ? "page" : undefined}
          className={clsx(
            "-mb-px border-b-2 px-3 py-2 text-sm font-medium",
            current === link.href
              ? "border-brand-600 text-brand-700 dark:border-brand-400 dark:text-brand-300"
              : "border-transparent text-slate-700 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white",
          )}
        >
          {link.label}
        </Link>
      ))}
    </nav>
  );
}
