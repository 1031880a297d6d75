// The advisor's own public profile on their availability page: what prospects read, and what is still
// missing before the consultation page lists them.
import { ActionForm } from "@/components/ui/form/action-form";
import { TextAreaField, TextField } from "@/components/ui/form/form-controls";
import { ADVISOR_BIO_MIN } from "@/lib/users/advisor-profile";
import { saveAdvisorProfileAction } from "@/lib/users/actions";

type Props = { profile: { headline: string; bio: string; languages: string[]; gaps: string[] } };

export function AdvisorProfileSection({ profile }: Props) {
  return (
    <section aria-labelledby="profile-heading" className="mb-12">
      <h2 id="profile-heading" className="mb-3 text-xl font-semibold text-slate-900 dark:text-white">
        Your public profile
      </h2>
      {profile.gaps.length > 0 ? (
        <div
          role="status"
          data-testid="advisor-profile-gaps"
          className="mb-4 rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100"
        >
          <p className="font-semibold">Prospects cannot see or book you yet. Still to do:</p>
          <ul className="mt-1 list-disc pl-5">
            {profile.gaps.map((gap) => (
              <li key={gap}>{gap}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="mb-4 text-sm text-emerald-800 dark:text-emerald-300">
          Your profile is complete and listed on the consultation page.
        </p>
      )}
      <ActionForm
        action={saveAdvisorProfileAction}
        submitLabel="Save profile"
        successMessage="Profile saved."
        variant="secondary"
        className="max-w-2xl space-y-4"
      >
        <TextField name="headline" label="Headline" defaultValue={profile.headline} required maxLength={200} />
        <TextAreaField
          name="bio"
          label="Bio"
          hint={`At least ${ADVISOR_BIO_MIN} characters: your background and whom you help.`}
          defaultValue={profile.bio}
          rows={4}
          maxLength={600}
        />
        <TextField
          name="languages"
          label="Languages you advise in"
          hint="Separated by commas, for example: English, Spanish"
          defaultValue={profile.languages.join(", ")}
          maxLength={300}
        />
      </ActionForm>
    </section>
  );
}
