// Keeps trying to start the job runner until it has: a start that fails (the database is down, or goes away
// half-way through pg-boss's start, as the outage test does) is retried with a growing pause, so readiness
// recovers with the database and no restart is needed. Once started, pg-boss's workers survive an outage
// on their own (each poll that fails is reported and the next one tries again).
import { startJobRunner, type JobRunner, type JobRunnerOptions } from "./runner";

export type SupervisedJobRunner = {
  /** The running runner, or null while it has not started yet. */
  current: () => JobRunner | null;
  /** Resolves once a start has succeeded (tests); never rejects. */
  whenStarted: () => Promise<JobRunner>;
  stop: () => Promise<void>;
};

export function superviseJobRunner(
  options: JobRunnerOptions & {
    retry?: { firstMs: number; maxMs: number };
    onStarted?: (attempts: number) => void;
    onStartFailed?: (error: unknown, retryInMs: number) => void;
  },
): SupervisedJobRunner {
  const { firstMs, maxMs } = options.retry ?? { firstMs: 1_000, maxMs: 15_000 };
  let runner: JobRunner | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let attempt: Promise<void> = Promise.resolve();
  let attempts = 0;
  let pause = firstMs;
  let markStarted: (runner: JobRunner) => void = () => {};
  const started = new Promise<JobRunner>((resolve) => (markStarted = resolve));

  const tryStart = async () => {
    attempts += 1;
    try {
      const fresh = await startJobRunner(options);
      if (stopped) return await fresh.stop();
      runner = fresh;
      options.onStarted?.(attempts);
      markStarted(fresh);
    } catch (error) {
      if (stopped) return;
      options.onStartFailed?.(error, pause);
      timer = setTimeout(() => (attempt = tryStart()), pause);
      pause = Math.min(pause * 2, maxMs);
    }
  };
  attempt = tryStart();

  return {
    current: () => runner,
    whenStarted: () => started,
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await attempt;
      await runner?.stop();
    },
  };
}
