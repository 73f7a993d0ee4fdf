/** Tables of privacy: one retention rule per record type, and the purges run under them (counts only, no personal data). */
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const retentionRules = pgTable('retention_rules', {
  recordType: text('record_type').primaryKey(),
  /** How long a record is kept, in months (years are entered as 12 × N). */
  keepMonths: integer('keep_months').notNull(),
  /** Which date of the record the period counts from (one of the record type's choices). */
  countedFrom: text('counted_from').notNull(),
  /** A rule purges (on schedule or on request) only when enabled; new rules start disabled. */
  enabled: boolean('enabled').notNull().default(false),
  note: text('note'),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  /** The purge holding this rule, and until when (renewed by every batch): one purge per record type at a time, whatever the processes. */
  leaseRunId: uuid('lease_run_id'),
  leaseUntil: timestamp('lease_until', { withTimezone: true }),
  /** The day the schedule last purged under this rule: the daily run happens once, whichever process gets there first. */
  scheduledOn: date('scheduled_on'),
});

export const retentionRuns = pgTable(
  'retention_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recordType: text('record_type').notNull(),
    /** schedule | request | command-line */
    trigger: text('trigger').notNull(),
    /** running | finished | failed | interrupted */
    status: text('status').notNull().default('running'),
    keepMonths: integer('keep_months').notNull(),
    countedFrom: text('counted_from').notNull(),
    /** Records dated before this instant are expired. */
    cutoff: timestamp('cutoff', { withTimezone: true }).notNull(),
    /** Records removed so far (the record type's own), and rows removed per table with them. */
    removed: integer('removed').notNull().default(0),
    deleted: jsonb('deleted').$type<Record<string, number>>().notNull().default({}),
    batches: integer('batches').notNull().default(0),
    error: text('error'),
    startedBy: uuid('started_by'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('retention_runs_type_idx').on(t.recordType, t.startedAt)],
);
