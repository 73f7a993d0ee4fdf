/** The server's housekeeping jobs and how often each runs across all processes (see platform/jobs/housekeeping.ts). */
import { runCaseReminders } from './modules/cases/reminders';
import { runScheduledRetention } from './modules/privacy/retention';
import { pruneSync } from './modules/sync/prune';
import { deleteExpiredSessions } from './platform/auth/store';
import { systemContext } from './platform/context';
import { purgeRateLimits } from './platform/http/rate-limit-store';
import type { HousekeepingJob } from './platform/jobs/housekeeping';

const TEN_MINUTES = 10 * 60_000;

/** Expired sessions, ended rate-limit windows and due case reminders every ten minutes; retention purges daily. */
export const HOUSEKEEPING_JOBS: readonly HousekeepingJob[] = [
  { name: 'session-expiry', everyMs: TEN_MINUTES, run: (db, now) => deleteExpiredSessions(db, now) },
  { name: 'rate-limit-purge', everyMs: TEN_MINUTES, run: (db) => purgeRateLimits(db) },
  { name: 'case-reminders', everyMs: TEN_MINUTES, run: (db) => runCaseReminders(systemContext(db, 'case-reminders')) },
  // Hourly look, daily purge: each enabled rule runs once a day (its row remembers the day), so a rule switched on runs within the hour.
  { name: 'retention-purge', everyMs: 6 * TEN_MINUTES, run: (db) => runScheduledRetention(systemContext(db, 'retention')) },
  // Acknowledged changes leave a post's outbox after a month; headquarters' person feed keeps three months.
  { name: 'sync-prune', everyMs: 6 * TEN_MINUTES, run: (db, now) => pruneSync(db, now) },
];
