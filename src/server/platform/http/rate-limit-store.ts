/**
 * A @fastify/rate-limit store kept in the database, so that every server process counts against the same
 * window (an in-memory store would let N processes allow N times the limit).
 */
import type { FastifyRateLimitOptions, FastifyRateLimitStore } from '@fastify/rate-limit';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { queryRows } from '../db/query';

interface RateRow {
  count: number;
  ttl_ms: number | string;
}

/** Increments the counter for `key` in a fixed window of `windowMs`, atomically. */
export async function incrementRateCounter(db: Db, key: string, windowMs: number) {
  const rows = await queryRows<RateRow>(db, sql`
    insert into rate_limits (key, count, reset_at)
    values (${key}, 1, now() + ${windowMs} * interval '1 millisecond')
    on conflict (key) do update set
      count = case when rate_limits.reset_at <= now() then 1 else rate_limits.count + 1 end,
      reset_at = case when rate_limits.reset_at <= now() then now() + ${windowMs} * interval '1 millisecond' else rate_limits.reset_at end
    returning count, (extract(epoch from (reset_at - now())) * 1000)::bigint as ttl_ms`);
  const row = rows[0]!;
  return { current: Number(row.count), ttl: Math.max(0, Number(row.ttl_ms)) };
}

/** Builds the store class @fastify/rate-limit instantiates, bound to one database. */
export function databaseRateLimitStore(db: Db) {
  return class DatabaseRateLimitStore implements FastifyRateLimitStore {
    private readonly prefix: string;
    constructor(_options: FastifyRateLimitOptions, prefix = 'global:') {
      this.prefix = prefix;
    }
    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number) {
      incrementRateCounter(db, this.prefix + key, timeWindow).then(
        (result) => callback(null, result),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    }
    child(routeOptions: { path: string; method?: unknown }) {
      return new DatabaseRateLimitStore({}, `${String(routeOptions.method)}:${routeOptions.path}:`);
    }
  };
}

/** Deletes windows that have ended (run periodically). */
export async function purgeRateLimits(db: Db): Promise<void> {
  await db.execute(sql`delete from rate_limits where reset_at < now()`);
}
