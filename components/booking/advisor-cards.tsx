export type PublicAdvisor = {
  id: string;
  name: string;
  headline: string;
  bio: string;
  languages: string[];
  image: string | null;
};

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join("");
}

const CARD =
  "flex h-full cursor-pointer gap-3 rounded-xl p-4 ring-1 ring-inset ring-slate-200 hover:bg-slate-50 has-[:checked]:bg-brand-50 has-[:checked]:ring-2 has-[:checked]:ring-brand-600 has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600 dark:ring-slate-700 dark:hover:bg-slate-800 dark:has-[:checked]:bg-brand-950 dark:has-[:checked]:ring-brand-400";

/** "Any advisor" (round-robin) or one advisor chosen from their profile card. */
export function AdvisorCards({
  advisors,
  value,
  onChange,
}: {
  advisors: PublicAdvisor[];
  value: string;
  onChange: (id: string) => void;
}) {
  return (
    <fieldset>
      <legend className="text-base font-semibold text-slate-900 dark:text-white">Who would you like to talk to?</legend>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <li>
          <label className={CARD}>
            <input
              type="radio"
              name="advisor-choice"
              className="sr-only"
              checked={value === ""}
              onChange={() => onChange("")}
            />
            <span
              aria-hidden="true"
              className="flex size-11 shrink-0 items-center justify-center rounded-full bg-slate-200 text-sm font-bold text-slate-700 dark:bg-slate-700 dark:text-slate-100"
            >
              Any
            </span>
            <span>
              <span className="block font-semibold text-slate-900 dark:text-white">Any available advisor</span>
              <span className="mt-1 block text-sm text-slate-600 dark:text-slate-300">
                The most times to choose from: whoever is free then.
              </span>
            </span>
          </label>
        </li>
        {advisors.map((advisor) => (
          <li key={advisor.id}>
            <label className={CARD}>
              <input
                type="radio"
                name="advisor-choice"
                className="sr-only"
                checked={value === advisor.id}
                onChange={() => onChange(advisor.id)}
              />
              {advisor.image ? (
                // eslint-disable-next-line @next/next/no-img-element -- profile images come from OAuth providers on any host
                <img src={advisor.image} alt="" className="size-11 shrink-0 rounded-full object-cover" />
              ) : (
                <span
                  aria-hidden="true"
                  className="flex size-11 shrink-0 items-center justify-center rounded-full bg-brand-100 text-sm font-bold text-brand-800 dark:bg-brand-900 dark:text-brand-100"
                >
                  {initials(advisor.name)}
                </span>
              )}
              <span>
                <span className="block font-semibold text-slate-900 dark:text-white">{advisor.name}</span>
                <span className="mt-0.5 block text-sm font-medium text-slate-700 dark:text-slate-200">
                  {advisor.headline}
                </span>
                <span className="mt-1 block text-sm text-slate-600 dark:text-slate-300">{advisor.bio}</span>
                {advisor.languages.length ? (
                  <span className="mt-1 block text-xs text-slate-600 dark:text-slate-400">
                    Speaks {advisor.languages.join(", ")}
                  </span>
                ) : null}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
