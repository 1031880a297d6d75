import type { Metadata } from "next";
import Link from "next/link";
import { Container } from "@/components/ui/container";
import { TextAreaField, TextField } from "@/components/ui/form/form-controls";
import { ActionForm } from "@/components/ui/form/action-form";
import { ProfileSection } from "@/components/profile/profile-section";
import { TimeZoneField } from "@/components/profile/time-zone-field";
import { ClockField } from "@/components/profile/clock-field";
import { BUTTON_BASE, BUTTON_STYLES } from "@/components/ui/button-link";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { getSession, requireUserOrRedirect } from "@/lib/auth/session";
import {
  changeEmailAction,
  changePasswordAction,
  deleteAccountAction,
  endSessionAction,
  signOutEverywhereAction,
  updateProfileAction,
} from "@/lib/users/actions";
import { SessionList } from "@/components/profile/session-list";
import { describeDevice } from "@/lib/auth/session/device-label";
import { listActiveSessions } from "@/lib/auth/session/sign-in-sessions";
import { getProfile } from "@/lib/users/queries";
import { ApiKeysSection } from "@/components/profile/api-keys-section";
import { MailPreferencesForm } from "@/components/notifications/mail-preferences-form";
import { mailPreferences } from "@/lib/notifications/queries";
import { createApiKeyAction, revokeApiKeyAction } from "@/lib/api-keys/actions";
import { SCOPE_LABELS, scopesForRole } from "@/lib/api-keys/scopes";
import { listApiKeys } from "@/lib/api-keys/service";
import { DELETE_CONFIRMATION, USER_BIO_MAX_LENGTH } from "@/lib/users/schema";
import { listTimeZones } from "@/lib/validation/time-zone";
import { hasOwnCalendar } from "@/lib/booking/advisor-service";

export const metadata: Metadata = { title: "Profile and settings" };

export default async function ProfilePage() {
  const user = await requireUserOrRedirect("/profile");
  const [profile, sessions, current, apiKeys, mail, ownCalendar] = await Promise.all([
    getProfile(user.id),
    listActiveSessions(user.id),
    getSession(),
    listApiKeys(user),
    mailPreferences(user.id),
    hasOwnCalendar(user),
  ]);
  // A mentor's calls-only calendar (advisors reach theirs from their own pages).
  const reviewCallHours = ownCalendar && user.role !== "ADVISOR";
  const now = new Date();
  const when = (date: Date) =>
    date.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: profile.timeZone });
  const zones = listTimeZones();
  if (!zones.includes(profile.timeZone)) zones.unshift(profile.timeZone);

  return (
    <Container className="max-w-4xl py-10 sm:py-14">
      <header className="mb-8">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">Profile and settings</h1>
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          Signed in as <span className="font-medium text-slate-900 dark:text-slate-100">{profile.email}</span> ·{" "}
          {ROLE_LABELS[user.role]} · member since{" "}
          {profile.createdAt.toLocaleDateString("en-GB", {
            year: "numeric",
            month: "long",
            timeZone: profile.timeZone,
          })}
        </p>
      </header>

      <div className="space-y-6">
        <ProfileSection
          id="profile"
          title="Profile"
          description="Your name appears on certificates and in course discussions."
        >
          <ActionForm
            action={updateProfileAction}
            submitLabel="Save profile"
            pendingLabel="Saving…"
            successMessage="Your profile is saved."
          >
            <TextField name="name" label="Name" autoComplete="name" defaultValue={profile.name ?? ""} required />
            <TimeZoneField defaultValue={profile.timeZone} zones={zones} />
            <ClockField defaultValue={profile.hour12} />
            {profile.hasPublicProfile && (
              <TextAreaField
                name="bio"
                label="Bio"
                rows={5}
                maxLength={USER_BIO_MAX_LENGTH}
                defaultValue={profile.bio}
                hint={`Shown on your instructor page, as plain text: who you are and what you teach. Up to ${USER_BIO_MAX_LENGTH} characters.`}
              />
            )}
          </ActionForm>
        </ProfileSection>

        <ProfileSection
          id="email"
          title="Email address"
          description="We'll send a confirmation link to the new address. The change happens when you open it."
        >
          <ActionForm
            action={changeEmailAction}
            submitLabel="Change email"
            pendingLabel="Sending link…"
            successMessage="Check the new address's inbox for a confirmation link. Your email stays the same until you open it."
          >
            <p className="text-sm text-slate-600 dark:text-slate-400">
              Current address: <span className="font-medium text-slate-900 dark:text-slate-100">{profile.email}</span>
            </p>
            <TextField name="newEmail" label="New email" type="email" autoComplete="email" maxLength={254} required />
            {profile.hasPassword ? (
              <TextField
                name="currentPassword"
                label="Your password"
                type="password"
                autoComplete="current-password"
                required
              />
            ) : null}
          </ActionForm>
        </ProfileSection>

        <ProfileSection
          id="password"
          title="Password"
          description="Changing your password signs you out on every device, including this one."
        >
          <ActionForm
            action={changePasswordAction}
            submitLabel={profile.hasPassword ? "Change password" : "Set password"}
            pendingLabel="Saving…"
            redirectTo="/sign-in?callbackUrl=%2Fprofile"
          >
            {profile.hasPassword ? (
              <TextField
                name="currentPassword"
                label="Current password"
                type="password"
                autoComplete="current-password"
                required
              />
            ) : null}
            <TextField
              name="newPassword"
              label="New password"
              type="password"
              autoComplete="new-password"
              maxLength={128}
              hint="At least 8 characters. A few unrelated words make a strong, memorable password."
              required
            />
          </ActionForm>
        </ProfileSection>

        {reviewCallHours ? (
          <ProfileSection
            id="review-calls"
            title="Review-call hours"
            description="Learners in the cohorts you mentor book project review calls in these hours, in your time zone."
          >
            <Link href="/advisor/availability" className={`${BUTTON_BASE} ${BUTTON_STYLES.secondary}`}>
              Edit your review-call hours
            </Link>
          </ProfileSection>
        ) : null}

        <ProfileSection
          id="notifications"
          title="Notification emails"
          description="Answers, mentions and moderation in course questions always show under the bell; choose which also come by email, right away or in one daily digest."
        >
          <MailPreferencesForm current={Object.fromEntries(mail)} />
        </ProfileSection>

        <ProfileSection
          id="sessions"
          title="Sessions"
          description="Where you are signed in. End a session you don't recognise, or every session at once if you lost a device."
        >
          <SessionList
            endAction={endSessionAction}
            sessions={sessions.map((session) => ({
              id: session.id,
              device: describeDevice(session.userAgent),
              createdAt: when(session.createdAt),
              lastSeenAt: when(session.lastSeenAt),
              current: session.id === current?.decoded.claims.sid,
            }))}
          />
          <ActionForm
            action={signOutEverywhereAction}
            submitLabel="Sign out everywhere"
            pendingLabel="Signing out…"
            variant="secondary"
            redirectTo="/sign-in"
          >
            <p className="text-sm text-slate-600 dark:text-slate-400">
              You&apos;ll be signed out here too and can sign straight back in.
            </p>
          </ActionForm>
        </ProfileSection>

        <ProfileSection
          id="api-keys"
          title="API keys"
          description={
            <>
              Keys let another system (a CRM, an HR tool, a script) call the{" "}
              <Link href="/developers/api" className="font-medium text-brand-700 underline dark:text-brand-300">
                Backend Academy API
              </Link>{" "}
              as you, limited to the scopes you choose and never beyond your role.
            </>
          }
        >
          <ApiKeysSection
            keys={apiKeys.map((key) => ({
              id: key.id,
              name: key.name,
              prefix: key.prefix,
              scopes: key.scopes,
              ownerEmail: key.ownerEmail,
              createdAt: when(key.createdAt),
              expiresAt: key.expiresAt ? when(key.expiresAt) : null,
              lastUsed: key.lastUsedAt
                ? `${when(key.lastUsedAt)} from ${key.lastUsedIp ?? "an unknown address"}`
                : null,
              state: key.revokedAt ? "revoked" : key.expiresAt && key.expiresAt <= now ? "expired" : "active",
            }))}
            scopes={scopesForRole(user.role).map((scope) => ({ value: scope, label: SCOPE_LABELS[scope] }))}
            ownEmail={profile.email}
            mayCreateForOthers={user.role === "ADMIN"}
            createAction={createApiKeyAction}
            revokeAction={revokeApiKeyAction}
          />
        </ProfileSection>

        <ProfileSection
          id="data"
          title="Your data"
          description="A JSON file with your profile, enrolments, progress, quiz attempts, certificates, payments and bookings."
        >
          <a href="/profile/export" download className={`${BUTTON_BASE} ${BUTTON_STYLES.secondary}`}>
            Download my data
          </a>
        </ProfileSection>

        <ProfileSection
          id="delete"
          title="Delete account"
          tone="danger"
          description={
            <ul className="list-disc space-y-1 pl-4">
              <li>Your enrolments, progress, quiz attempts and certificates are deleted.</li>
              <li>Upcoming career consultations are cancelled.</li>
              <li>Payment records are kept for accounting, without your name or email.</li>
            </ul>
          }
        >
          <ActionForm
            action={deleteAccountAction}
            submitLabel="Delete my account"
            pendingLabel="Deleting…"
            variant="danger"
            redirectTo="/?account=deleted"
          >
            <p className="text-sm text-slate-700 dark:text-slate-300">This can&apos;t be undone.</p>
            <TextField
              name="confirmation"
              label={`Type "${DELETE_CONFIRMATION}" to confirm`}
              autoComplete="off"
              maxLength={100}
              required
            />
            {profile.hasPassword ? (
              <TextField
                name="currentPassword"
                label="Your password"
                type="password"
                autoComplete="current-password"
                required
              />
            ) : null}
          </ActionForm>
        </ProfileSection>
      </div>
    </Container>
  );
}
