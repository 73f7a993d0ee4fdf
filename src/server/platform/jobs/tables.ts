/** When each housekeeping job last ran, across every server process (so that each runs once per interval). */
import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const housekeepingRuns = pgTable('housekeeping_runs', {
  job: text('job').primaryKey(),
  /** Database time at which the last run was claimed; the next is due `every` later. */
  lastStartedAt: timestamp('last_started_at', { withTimezone: true }).notNull(),
  lastFinishedAt: timestamp('last_finished_at', { withTimezone: true }),
  /** The process that claimed the last run (host and pid), for the operator. */
  lastRunBy: text('last_run_by').notNull(),
  lastError: text('last_error'),
  runs: integer('runs').notNull(),
});
