// The mail that offers a waitlisted learner a seat that opened.
import { compose, type MailContent } from "../email/templates";

export function waitlistOfferMail(
  name: string | null,
  courseTitle: string,
  cohortTitle: string,
  until: Date,
  url: string,
): MailContent {
  return compose(
    `A seat opened in ${courseTitle}`,
    [
      `Hi${name ? ` ${name}` : ""},`,
      `A seat in ${cohortTitle} of ${courseTitle} has opened, and it is held for you until ${until.toISOString().replace("T", " ").slice(0, 16)} UTC.`,
    ],
    { label: "Claim your seat", url },
  );
}
