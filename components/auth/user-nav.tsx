import Link from "next/link";

// Replaced by the signed-in menu once accounts land (issue 3).
export function UserNav() {
  return (
    <Link href="/sign-in" className="rounded-lg px-3 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800">
      Sign in
    </Link>
  );
}
