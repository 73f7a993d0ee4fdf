import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeOnEachEngine } from '../../testing/engines';
import { openDatabase } from '../db/client';
import { runDueJobs, type HousekeepingJob } from './housekeeping';
import { housekeepingRuns } from './tables';

describeOnEachEngine('housekeeping jobs', (database) => {
  it('runs a job once when two processes tick at once, and again once its interval has passed', async () => {
    // On PostgreSQL a second pool stands for a second process; the embedded engine has one connection.
    const url = database().url;
    const other = url ? await openDatabase({ url, poolSize: 2 }) : undefined;
    const runs: string[] = [];
    const job = (process: string): HousekeepingJob => ({
      name: 'test-tick-at-once',
      everyMs: 300,
      run: async () => {
        runs.push(process);
      },
    });
    const tick = () => Promise.all([runDueJobs(database().db, [job('one')]), runDueJobs(other?.db ?? database().db, [job('two')])]);
    const first = await tick();
    expect(runs).toHaveLength(1);
    expect(first.map((o) => o['test-tick-at-once']).sort()).toEqual(['not-due', 'ran']);
    await tick();
    expect(runs).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 350));
    await tick();
    expect(runs).toHaveLength(2);
    const [row] = await database().db.select().from(housekeepingRuns).where(eq(housekeepingRuns.job, 'test-tick-at-once'));
    expect(row).toMatchObject({ runs: 2, lastError: null });
    expect(row!.lastFinishedAt).not.toBeNull();
    await other?.close();
  });

  it('records a failing job and keeps running the others', async () => {
    const failures: string[] = [];
    const outcomes = await runDueJobs(
      database().db,
      [
        { name: 'test-failing', everyMs: 60_000, run: () => Promise.reject(new Error('disk full')) },
        { name: 'test-after-failure', everyMs: 60_000, run: () => Promise.resolve() },
      ],
      (job) => failures.push(job),
    );
    expect(outcomes).toEqual({ 'test-failing': 'failed', 'test-after-failure': 'ran' });
    expect(failures).toEqual(['test-failing']);
    const [row] = await database().db.select().from(housekeepingRuns).where(eq(housekeepingRuns.job, 'test-failing'));
    expect(row?.lastError).toBe('disk full');
  });
});
