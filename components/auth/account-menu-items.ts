// The account menu's entries, one line each, so that each domain adds its own without touching the menu.
import type { UserRole } from "@/lib/auth/roles";

export type AccountMenuItem = { href: string; label: string; roles?: readonly UserRole[] };

export const ACCOUNT_MENU_ITEMS: readonly AccountMenuItem[] = [
  { href: "/dashboard", label: "My learning" },
  { href: "/profile", label: "Profile and settings" },
  { href: "/billing", label: "Billing" },
  { href: "/studio", label: "Studio", roles: ["INSTRUCTOR", "ADMIN"] },
  { href: "/developers/webhooks", label: "Webhooks", roles: ["INSTRUCTOR", "ADMIN"] },
  { href: "/advisor/consultations", label: "My consultations", roles: ["ADVISOR"] },
  { href: "/admin/users", label: "Manage users", roles: ["ADMIN"] },
  { href: "/admin/payments", label: "Payments", roles: ["ADMIN"] },
  { href: "/admin/advisors", label: "Advisors and bookings", roles: ["ADMIN"] },
  { href: "/admin/audit", label: "Audit log", roles: ["ADMIN"] },
];

export function accountMenuItemsFor(role: UserRole): AccountMenuItem[] {
  return ACCOUNT_MENU_ITEMS.filter((item) => !item.roles || item.roles.includes(role));
}
