import { FetchError } from "./personal-data";

/** What a members-only page says when its personal JSON is refused (a 404: not theirs or gone) or failed. */
export function MemberAnswerError({ error, missing, what }: { error: unknown; missing: string; what: string }) {
  return (
    <p role="alert" className="mt-8 text-slate-700 dark:text-slate-300">
      {error instanceof FetchError && error.status === 404
        ? missing
        : `${what} could not be loaded. Reload the page to try again.`}
    </p>
  );
}
