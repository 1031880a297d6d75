import { ButtonLink } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";

export default function NotFound() {
  return (
    <Container className="py-24 text-center">
      <p className="font-mono text-sm font-semibold text-brand-700 dark:text-brand-300">404</p>
      <h1 className="mt-2 text-3xl font-bold text-slate-900 dark:text-white">We could not find that page.</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-400">The link may be old, or the course may have moved.</p>
      <ButtonLink href="/courses" className="mt-8">
        Browse all courses
      </ButtonLink>
    </Container>
  );
}
