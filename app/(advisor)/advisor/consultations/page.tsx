import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { AdvisorNav } from "@/components/booking/advisor-nav";
import { ConsultationCard, type ConsultationView } from "@/components/booking/consultation-card";
import { Container } from "@/components/ui/container";
import { getUserWithRoleOrRedirect } from "@/lib/auth/session";
import {
  advisorCancelBookingAction,
  saveBookingNotesAction,
  sendLearningPlanAction,
  setBookingOutcomeAction,
} from "@/lib/booking/actions";
import { listOwnConsultations } from "@/lib/booking/consultation-service";
import { formatInZone } from "@/lib/booking/format";
import { listPlanCourses } from "@/lib/booking/learning-plan";
import { TOPIC_LABELS } from "@/lib/booking/topics";

export const metadata: Metadata = { title: "Consultations · Advisor" };
export const dynamic = "force-dynamic";

const ACTIONS = {
  notes: saveBookingNotesAction,
  outcome: setBookingOutcomeAction,
  cancel: advisorCancelBookingAction,
  plan: sendLearningPlanAction,
};

export default async function ConsultationsPage() {
  const { user, allowed } = await getUserWithRoleOrRedirect("/advisor/consultations", "ADVISOR");
  if (!allowed) forbidden();
  const [{ advisor, upcoming, past }, courses] = await Promise.all([
    listOwnConsultations(user.id).catch(() => ({ advisor: null, upcoming: [], past: [] })),
    listPlanCourses(),
  ]);
  if (!advisor)
    return (
      <Container className="py-14">
        <p className="text-slate-700 dark:text-slate-300">
          You don’t have an advisor profile yet. Ask an admin to create one.
        </p>
      </Container>
    );
  const view = (b: (typeof upcoming)[number]): ConsultationView => ({
    id: b.id,
    when: formatInZone(b.startsAt, advisor.timeZone),
    status: b.status,
    topicLabel: TOPIC_LABELS[b.topic],
    name: b.name,
    email: b.email,
    currentRole: b.currentRole,
    goal: b.goal,
    advisorNotes: b.advisorNotes,
    cancelReason: b.cancelReason,
    isPast: b.status !== "CONFIRMED" || past.includes(b),
    plan: b.learningPlan
      ? {
          sentAt: b.learningPlan.sentAt?.toISOString() ?? null,
          note: b.learningPlan.note,
          courses: b.learningPlan.items.map((i) => i.course),
        }
      : null,
  });
  return (
    <Container className="py-10 sm:py-14">
      <h1 className="mb-6 text-3xl font-bold tracking-tight text-slate-900 dark:text-white">Consultations</h1>
      <AdvisorNav current="/advisor/consultations" />
      {[
        ["Upcoming", upcoming],
        ["Past", past],
      ].map(([title, list]) => (
        <section key={title as string} aria-labelledby={`${title}-heading`} className="mb-12">
          <h2 id={`${title}-heading`} className="mb-4 text-xl font-semibold text-slate-900 dark:text-white">
            {title as string}
          </h2>
          {(list as typeof upcoming).length === 0 ? (
            <p className="rounded-2xl border border-dashed border-slate-300 p-8 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
              None yet.
            </p>
          ) : (
            <div className="space-y-4">
              {(list as typeof upcoming).map((b) => (
                <ConsultationCard key={b.id} c={view(b)} actions={ACTIONS} courses={courses} />
              ))}
            </div>
          )}
        </section>
      ))}
    </Container>
  );
}
