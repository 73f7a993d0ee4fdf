/**
 * Housekeeping jobs run by the server processes themselves (expired sessions, ended rate-limit windows,
 * case reminders). Every process ticks; a job runs in the process that claims it, and a claim succeeds
 * only when the job's interval has passed since the last claim by any process: one atomic upsert on
 * `housekeeping_runs`, so two processes ticking at once run it once. A process that dies mid-run leaves
 * the claim to expire with the interval, and the job runs again at its next turn.
 */
import { hostname } from 'node:os';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { queryRows } from '../db/query';

export interface HousekeepingJob {
  name: string;
  /** How often the job runs across all processes. */
  everyMs: number;
  run(db: Db, now: Date): Promise<unknown>;
}

export type JobOutcome = 'ran' | 'not-due' | 'failed';

/** The label a process writes on the runs it claims. */
export function processLabel(): string {
  return `${hostname()}:${process.pid}`;
}

/** Claims the job's next run for this process when it is due; false when another process ran it within its interval. */
export async function claimDueJob(db: Db, job: Pick<HousekeepingJob, 'name' | 'everyMs'>, runBy = processLabel()): Promise<boolean> {
  // Database time, not the process's clock: processes on several machines need not agree on the time.
  const rows = await queryRows<{ runs: number }>(db, sql`
    insert into housekeeping_runs (job, last_started_at, last_run_by, runs)
    values (${job.name}, clock_timestamp(), ${runBy}, 1)
    on conflict (job) do update set
      last_started_at = clock_timestamp(), last_run_by = excluded.last_run_by, last_finished_at = null,
      last_error = null, runs = housekeeping_runs.runs + 1
    where housekeeping_runs.last_started_at <= clock_timestamp() - ${job.everyMs} * interval '1 millisecond'
    returning runs`);
  return rows.length > 0;
}

/** Runs every job that is due and that this process claims; a failing job is logged and does not stop the others. */
export async function runDueJobs(
  db: Db,
  jobs: readonly HousekeepingJob[],
  onFailure: (job: string, error: unknown) => void = () => undefined,
): Promise<Record<string, JobOutcome>> {
  const outcomes: Record<string, JobOutcome> = {};
  for (const job of jobs) {
    if (!(await claimDueJob(db, job))) {
      outcomes[job.name] = 'not-due';
      continue;
    }
    let error: string | null = null;
    try {
      await job.run(db, new Date());
      outcomes[job.name] = 'ran';
    } catch (failure) {
      error = failure instanceof Error ? failure.message.slice(0, 500) : 'failed';
      outcomes[job.name] = 'failed';
      onFailure(job.name, failure);
    }
    await db.execute(sql`update housekeeping_runs set last_finished_at = clock_timestamp(), last_error = ${error} where job = ${job.name}`);
  }
  return outcomes;
}

/** Ticks every `tickMs` (a minute by default) in this process, running the jobs it claims; returns the stop function. */
export function startHousekeeping(
  db: Db,
  jobs: readonly HousekeepingJob[],
  onFailure: (job: string, error: unknown) => void,
  tickMs = 60_000,
): () => void {
  let running: Promise<unknown> | null = null;
  const tick = () => {
    // A slow tick is not overlapped by the next one.
    running ??= runDueJobs(db, jobs, onFailure)
      .catch((error: unknown) => onFailure('housekeeping', error))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, tickMs);
  timer.unref();
  return () => clearInterval(timer);
}
