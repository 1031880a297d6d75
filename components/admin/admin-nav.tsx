import Link from "next/link";

const LINKS = [
  { href: "/admin/users", label: "Users" },
  { href: "/admin/payments", label: "Payments" },
  { href: "/admin/refunds", label: "Refunds" },
  { href: "/admin/coupons", label: "Coupons" },
  { href: "/admin/reviews", label: "Reviews" },
  { href: "/admin/audit", label: "Audit log" },
  { href: "/admin/advisors", label: "Advisors" },
  { href: "/admin/status", label: "Status" },
];

export function AdminNav({ current }: { current: string }) {
  return (
    <nav aria-label="Admin" className="mb-8 flex gap-1 overflow-x-auto border-b border-slate-200 dark:border-slate-800">
      {LINKS.map((link) => (
        <Link
          key={link.href}
          href={link.href}
          aria-current={current === link.href ? "page" : undefined}
          className="-mb-px shrink-0 border-b-2 border-transparent px-4 py-2.5 text-sm font-medium text-slate-600 hover:text-slate-900 aria-[current=page]:border-brand-600 aria-[current=page]:text-brand-700 dark:text-slate-400 dark:hover:text-white dark:aria-[current=page]:border-brand-400 dark:aria-[current=page]:text-brand-300"
        >
          {link.label}
        </Link>
      ))}
    </nav>
  );
}
