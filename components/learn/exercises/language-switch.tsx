"use client";
// The JavaScript/Python switch of an exercise offered in both, and the learner's remembered choice.
import type { CodeLanguage } from "@/lib/content/schema";

export const LANGUAGE_NAMES: Record<CodeLanguage, string> = { javascript: "JavaScript", python: "Python" };

const STORAGE_KEY = "academy.exercise-language";

/** The language this browser's learner last chose on any exercise (null when never, or storage is off). */
export function readPreferredLanguage(): CodeLanguage | null {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return stored === "javascript" || stored === "python" ? stored : null;
  } catch {
    return null;
  }
}

export function rememberPreferredLanguage(language: CodeLanguage) {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing may refuse storage: the choice then lasts for this visit only.
  }
}

type Props = {
  name: string;
  languages: CodeLanguage[];
  value: CodeLanguage;
  onChange: (language: CodeLanguage) => void;
};

/** Native radio buttons (arrow keys move between them) drawn as a segmented control. */
export function LanguageSwitch({ name, languages, value, onChange }: Props) {
  return (
    <fieldset className="inline-flex rounded-lg bg-white p-0.5 ring-1 ring-slate-300 ring-inset dark:bg-slate-900 dark:ring-slate-700">
      <legend className="sr-only">Language</legend>
      {languages.map((language) => (
        <label key={language} className="relative">
          <input
            type="radio"
            name={name}
            value={language}
            checked={language === value}
            onChange={() => onChange(language)}
            // Invisible but laid over its label: a click or tap anywhere on the label lands on the radio.
            className="peer absolute inset-0 cursor-pointer appearance-none rounded-md opacity-0"
          />
          <span className="block cursor-pointer rounded-md px-3 py-1.5 text-sm font-semibold text-slate-700 peer-checked:bg-brand-600 peer-checked:text-white peer-hover:bg-slate-100 peer-checked:peer-hover:bg-brand-700 peer-focus-visible:ring-2 peer-focus-visible:ring-brand-500 peer-focus-visible:ring-offset-2 dark:text-slate-200 dark:peer-checked:bg-brand-500 dark:peer-checked:text-slate-950 dark:peer-hover:bg-slate-800 dark:peer-checked:peer-hover:bg-brand-400">
            {LANGUAGE_NAMES[language]}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
