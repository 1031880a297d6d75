// Profile settings: how each category of notification reaches someone by email (the bell shows them all).
import { ActionForm } from "@/components/ui/form/action-form";
import { INPUT_STYLES } from "@/components/ui/form/form-styles";
import { setMailPreferencesAction } from "@/lib/notifications/actions";
import { CATEGORY_LABEL, MAIL_CATEGORIES, PREFERENCE_LABEL, type MailCategory } from "@/lib/notifications/categories";

export function MailPreferencesForm({ current }: { current: Partial<Record<MailCategory, string>> }) {
  return (
    <ActionForm
      action={setMailPreferencesAction}
      submitLabel="Save email settings"
      pendingLabel="Saving…"
      successMessage="Your email settings are saved."
    >
      {MAIL_CATEGORIES.map((category) => (
        <label key={category} className="block text-sm font-medium text-slate-700 dark:text-slate-300">
          {CATEGORY_LABEL[category]}
          <select name={category} defaultValue={current[category] ?? "INSTANT"} className={`mt-1 ${INPUT_STYLES}`}>
            {Object.entries(PREFERENCE_LABEL).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      ))}
    </ActionForm>
  );
}
