import { BUTTON_BASE, BUTTON_STYLES, ButtonLink } from "@/components/ui/button-link";
import { INPUT_STYLES } from "@/components/ui/form/form-styles";
import { PAYMENT_STATUSES, type PaymentFilter } from "@/lib/payments/schema";

const LABEL = "block text-sm font-medium text-slate-900 dark:text-slate-100";

/** A plain GET form: the filters live in the URL, so they can be shared and the CSV export reuses them. */
export function PaymentFilters({
  filter,
  courses,
  exportHref,
}: {
  filter: PaymentFilter;
  courses: { slug: string; title: string }[];
  exportHref: string;
}) {
  return (
    <form
      method="get"
      role="search"
      aria-label="Filter payments"
      className="mb-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-[repeat(5,minmax(0,1fr))_auto_auto] lg:items-end"
    >
      <div>
        <label htmlFor="pay-status" className={LABEL}>
          Status
        </label>
        <select id="pay-status" name="status" defaultValue={filter.status ?? ""} className={`mt-1.5 ${INPUT_STYLES}`}>
          <option value="">Any</option>
          {PAYMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s.replace("_", " ").toLowerCase()}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="pay-course" className={LABEL}>
          Course
        </label>
        <select id="pay-course" name="course" defaultValue={filter.course ?? ""} className={`mt-1.5 ${INPUT_STYLES}`}>
          <option value="">Any</option>
          {courses.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.title}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="pay-from" className={LABEL}>
          From
        </label>
        <input id="pay-from" type="date" name="from" defaultValue={filter.from} className={`mt-1.5 ${INPUT_STYLES}`} />
      </div>
      <div>
        <label htmlFor="pay-to" className={LABEL}>
          To
        </label>
        <input id="pay-to" type="date" name="to" defaultValue={filter.to} className={`mt-1.5 ${INPUT_STYLES}`} />
      </div>
      <div>
        <label htmlFor="pay-q" className={LABEL}>
          Learner or payment id
        </label>
        <input
          id="pay-q"
          type="search"
          name="q"
          defaultValue={filter.q}
          maxLength={100}
          className={`mt-1.5 ${INPUT_STYLES}`}
        />
      </div>
      <button type="submit" className={`${BUTTON_BASE} ${BUTTON_STYLES.secondary}`}>
        Filter
      </button>
      <ButtonLink href={exportHref} variant="ghost" prefetch={false}>
        Export CSV
      </ButtonLink>
    </form>
  );
}
