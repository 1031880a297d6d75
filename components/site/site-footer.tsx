import Link from "next/link";
import { Container } from "@/components/ui/container";
import { Logo } from "./logo";

const COLUMNS = [
  {
    title: "Learn",
    links: [
      { href: "/courses", label: "All courses" },
      { href: "/tracks", label: "Suggested order" },
      { href: "/courses?price=free", label: "Free courses" },
      { href: "/courses?format=COHORT", label: "Cohort bootcamps" },
      { href: "/consultation", label: "Book a consultation" },
    ],
  },
  {
    title: "Topics",
    links: [
      { href: "/courses?topic=APIS", label: "APIs" },
      { href: "/courses?topic=DATABASES", label: "Databases" },
      { href: "/courses?topic=SECURITY", label: "Security" },
      { href: "/courses?topic=PERFORMANCE", label: "Performance" },
      { href: "/courses?topic=CLOUD", label: "Cloud & Ops" },
      { href: "/courses?topic=CAREER", label: "Career" },
    ],
  },
  {
    title: "Backend Academy",
    links: [
      { href: "/about", label: "About" },
      { href: "/faq", label: "Questions and answers" },
      { href: "/contact", label: "Contact" },
      { href: "/terms", label: "Terms of use" },
      { href: "/privacy", label: "Privacy" },
    ],
  },
];

export function SiteFooter() {
  return (
    <footer className="mt-24 border-t border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900/40">
      <Container className="grid gap-10 py-12 sm:grid-cols-2 lg:grid-cols-4">
        <div className="space-y-3">
          <Logo />
          <p className="max-w-xs text-sm text-slate-600 dark:text-slate-400">
            Open-source courses for backend engineers, with exercises that run real PostgreSQL in your browser.
          </p>
        </div>
        {COLUMNS.map((column) => (
          <nav key={column.title} aria-label={column.title}>
            <h2 className="text-sm font-semibold text-slate-900 dark:text-slate-100">{column.title}</h2>
            <ul className="mt-3 space-y-2">
              {column.links.map((link) => (
                <li key={link.href}>
                  <Link
                    href={link.href}
                    className="text-sm text-slate-600 hover:text-brand-700 dark:text-slate-400 dark:hover:text-brand-300"
                  >
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ))}
      </Container>
      <Container className="border-t border-slate-200 py-6 text-xs text-slate-500 dark:border-slate-800 dark:text-slate-400">
        © {new Date().getFullYear()} Backend Academy · Open source under the MIT licence
      </Container>
    </footer>
  );
}
