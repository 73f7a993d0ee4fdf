/**
 * Partner API usage: one counter row per API key and day (UTC), incremented by every call the key makes.
 * Every server process adds to the same row with one atomic upsert, so counts are exact across processes
 * and reading a month of usage reads at most thirty rows per key, never the audit trail.
 */
import { date, index, integer, pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import { apiKeys } from '../auth/tables';

export const apiKeyUsage = pgTable(
  'api_key_usage',
  {
    apiKeyId: uuid('api_key_id')
      .notNull()
      .references(() => apiKeys.id, { onDelete: 'cascade' }),
    /** The UTC calendar day of the calls. */
    day: date('day').notNull(),
    /** Every request the key made that day, refused ones included. */
    calls: integer('calls').notNull().default(0),
    /** Requests refused because the key lacks the scope (403). */
    denied: integer('denied').notNull().default(0),
    /** Requests refused because the key was over its rate limit (429). */
    rateLimited: integer('rate_limited').notNull().default(0),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.apiKeyId, t.day] }), index('api_key_usage_day_idx').on(t.day)],
);
