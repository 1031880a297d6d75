// A thread's one-line title, as the lesson's ask form and a cohort board's thread form both take it: required,
// at most QA_TITLE_MAX characters, the server's message under it and tied to it for screen readers.
import { QA_TITLE_MAX } from "@/lib/discussions/rules";
import { FIELD } from "./qa-styles";

export function TitleField({
  label,
  errorId,
  defaultValue,
  error,
}: {
  label: string;
  /** The id of the error paragraph: unique on the page. */
  errorId: string;
  defaultValue: unknown;
  error: string | undefined;
}) {
  return (
    <>
      <label className="block text-sm font-medium text-slate-700 dark:text-slate-300">
        {label}
        <input
          name="title"
          required
          maxLength={QA_TITLE_MAX}
          defaultValue={typeof defaultValue === "string" ? defaultValue : ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className={FIELD}
        />
      </label>
      {error && (
        <p id={errorId} className="text-sm text-rose-800 dark:text-rose-300">
          {error}
        </p>
      )}
    </>
  );
}
