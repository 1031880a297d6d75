import type { Metadata } from "next";
import { ActionForm } from "@/components/ui/form/action-form";
import { Container } from "@/components/ui/container";
import { unsubscribeAction } from "@/lib/notifications/actions";
import { CATEGORY_LABEL, MAIL_CATEGORIES } from "@/lib/notifications/categories";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ token?: string }> };

/**
 * Opening the link changes nothing (mail scanners open links): the button does. Mail clients that offer
 * one-click unsubscribe POST to /api/notifications/unsubscribe instead (RFC 8058).
 */
export default async function UnsubscribePage({ searchParams }: Props) {
  const token = (await searchParams).token ?? "";
  const category = MAIL_CATEGORIES.find((c) => token.split(".")[1] === c);
  return (
    <Container className="max-w-xl py-14">
      <h1 className="text-2xl font-bold text-slate-900 dark:text-white">Stop these emails?</h1>
      <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">
        {category
          ? `Emails about: ${CATEGORY_LABEL[category].toLowerCase()}.`
          : "This link does not name a kind of email."}{" "}
        You still see them under the bell when you sign in.
      </p>
      <div className="mt-6">
        <ActionForm
          action={unsubscribeAction}
          submitLabel="Unsubscribe"
          pendingLabel="Unsubscribing…"
          successMessage="Done: you will not get these emails any more. You can turn them on again in your profile."
        >
          <input type="hidden" name="token" value={token} />
        </ActionForm>
      </div>
    </Container>
  );
}
