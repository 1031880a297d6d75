import { ButtonLink } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";

export function AccessDenied({ what = "this page" }: { what?: string }) {
  return (
    <Container className="py-24 text-center">
      <p className="font-mono text-sm font-semibold text-rose-700 dark:text-rose-400">403</p>
      <h1 className="mt-2 text-3xl font-bold text-slate-900 dark:text-white">You don&apos;t have access to {what}.</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-400">
        Your account&apos;s role doesn&apos;t include it. If you think it should, ask an administrator.
      </p>
      <ButtonLink href="/" className="mt-8">
        Go to the home page
      </ButtonLink>
    </Container>
  );
}
