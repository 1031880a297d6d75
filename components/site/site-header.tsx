import Link from "next/link";
import { Container } from "@/components/ui/container";
import { Logo } from "./logo";
import { PhoneNav } from "./phone-nav";
import { UserNav } from "@/components/auth/user-nav";
import { NotificationBell } from "@/components/notifications/notification-bell";

const NAV = [
  { href: "/courses", label: "Courses" },
  { href: "/consultation", label: "Book a consultation" },
];

// On phones the header keeps Courses, Sign in and Sign up in sight; the rest waits behind the menu button.
const PHONE_MENU = [
  { href: "/courses", label: "Courses" },
  { href: "/tracks", label: "Suggested order" },
  { href: "/consultation", label: "Book a consultation" },
  { href: "/about", label: "About" },
  { href: "/faq", label: "Questions and answers" },
];

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-950/90">
      <Container className="flex h-16 items-center justify-between gap-4">
        <div className="flex items-center gap-1 sm:gap-8">
          <PhoneNav items={PHONE_MENU} />
          <Link href="/" className="rounded-md" aria-label="Backend Academy home">
            <Logo compact />
          </Link>
          <nav aria-label="Main" className="hidden items-center gap-1 sm:flex">
            {NAV.map((item) => (
              <Link
                key={item.href}
                href={item.href}
                className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white"
              >
                {item.label}
              </Link>
            ))}
          </nav>
        </div>
        <div className="flex items-center gap-1 sm:gap-2">
          <Link
            href="/courses"
            className="rounded-md px-2 py-2 text-sm font-medium whitespace-nowrap text-slate-700 hover:bg-slate-100 sm:hidden dark:text-slate-300 dark:hover:bg-slate-800"
          >
            Courses
          </Link>
          <NotificationBell />
          <UserNav />
        </div>
      </Container>
    </header>
  );
}
