import Link from "next/link";

type Plan = {
  id: string;
  note: string;
  advisor: { user: { name: string | null } };
  items: Array<{ course: { slug: string; title: string } }>;
};

/** The learning plans an advisor sent to this learner's email, for the dashboard. */
export function LearningPlanList({ plans }: { plans: Plan[] }) {
  if (plans.length === 0) return null;
  return (
    <section
      aria-labelledby="learning-plans"
      className="mt-10 rounded-2xl border border-brand-200 bg-brand-50 p-6 dark:border-brand-900 dark:bg-brand-950/40"
    >
      <h2 id="learning-plans" className="text-xl font-bold text-slate-900 dark:text-white">
        Your learning plan
      </h2>
      {plans.map((plan) => (
        <div key={plan.id} className="mt-4">
          <p className="text-sm text-slate-700 dark:text-slate-300">
            From {plan.advisor.user.name ?? "your advisor"}, in the order to take it:
          </p>
          <ol className="mt-2 list-decimal space-y-1 pl-6 text-sm">
            {plan.items.map((item) => (
              <li key={item.course.slug}>
                <Link
                  href={`/courses/${item.course.slug}`}
                  className="font-semibold text-brand-700 underline dark:text-brand-300"
                >
                  {item.course.title}
                </Link>
              </li>
            ))}
          </ol>
          {plan.note ? (
            <p className="mt-2 text-sm whitespace-pre-wrap text-slate-700 dark:text-slate-300">{plan.note}</p>
          ) : null}
        </div>
      ))}
    </section>
  );
}
