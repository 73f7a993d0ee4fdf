/**
 * A @fastify/rate-limit store kept in the database, so that every server process counts against the same
 * window (an in-memory store would let N processes allow N times the limit).
 *
 * A process claims a window's positions in leases: one upsert adds `leaseSize(max)` to the window's count
 * and the process hands those positions to its next requests from memory. Every position belongs to one
 * process, so no window ever allows more than its limit; positions a process claimed and did not use before
 * the window ended count against it, so a window may refuse up to (lease − 1) requests early per process —
 * at most 1 % of the limit each. Limits under 200 a minute (logins, strict API keys) lease one position
 * at a time: exact, one statement per request as before. A large limit spares most requests a write and
 * its commit (decision 0010).
 */
import type { FastifyRateLimitOptions, FastifyRateLimitStore } from '@fastify/rate-limit';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { queryRows } from '../db/query';

interface RateRow {
  count: number;
  ttl_ms: number | string;
}

/** Positions of a window claimed at once: 1 % of the limit, between 1 and 50. */
export function leaseSize(max: number): number {
  return Number.isFinite(max) ? Math.max(1, Math.min(50, Math.floor(max / 100))) : 1;
}

/**
 * Adds `claimed` to the counter for `key` in a fixed window of `windowMs`, atomically; `current` is the
 * last position claimed.
 */
export async function incrementRateCounter(db: Db, key: string, windowMs: number, claimed = 1) {
  const rows = await queryRows<RateRow>(db, sql`
    insert into rate_limits (key, count, reset_at)
    values (${key}, ${claimed}, now() + ${windowMs} * interval '1 millisecond')
    on conflict (key) do update set
      count = case when rate_limits.reset_at <= now() then ${claimed} else rate_limits.count + ${claimed} end,
      reset_at = case when rate_limits.reset_at <= now() then now() + ${windowMs} * interval '1 millisecond' else rate_limits.reset_at end
    returning count, (extract(epoch from (reset_at - now())) * 1000)::bigint as ttl_ms`);
  const row = rows[0]!;
  return { current: Number(row.count), ttl: Math.max(0, Number(row.ttl_ms)) };
}

/** Positions `next`..`last` of a window this process holds, until the window ends. */
interface Lease {
  next: number;
  last: number;
  endsAt: number;
}

/** Leases are dropped once their windows end; the map is swept when it grows past this. */
const SWEEP_ABOVE = 10_000;

/** One process's leases of a store's windows. */
export class RateLeases {
  private readonly held = new Map<string, Lease>();
  private readonly claiming = new Map<string, Promise<void>>();

  constructor(private readonly db: Db) {}

  /** The position of this request in its window, and how long the window has left. */
  async take(key: string, windowMs: number, max: number): Promise<{ current: number; ttl: number }> {
    for (;;) {
      const now = Date.now();
      const lease = this.held.get(key);
      if (lease && lease.next <= lease.last && now < lease.endsAt) {
        const current = lease.next;
        lease.next += 1;
        return { current, ttl: lease.endsAt - now };
      }
      // One claim per key at a time: requests arriving meanwhile take positions of the lease it brings.
      let claim = this.claiming.get(key);
      if (!claim) {
        claim = this.claim(key, windowMs, leaseSize(max)).finally(() => this.claiming.delete(key));
        this.claiming.set(key, claim);
      }
      await claim;
    }
  }

  private async claim(key: string, windowMs: number, size: number): Promise<void> {
    const { current, ttl } = await incrementRateCounter(this.db, key, windowMs, size);
    if (this.held.size > SWEEP_ABOVE) {
      const now = Date.now();
      for (const [held, lease] of this.held) {
        if (lease.endsAt <= now) {
          this.held.delete(held);
        }
      }
    }
    this.held.set(key, { next: current - size + 1, last: current, endsAt: Date.now() + ttl });
  }
}

/** Builds the store class @fastify/rate-limit instantiates, bound to one database. */
export function databaseRateLimitStore(db: Db) {
  const leases = new RateLeases(db);
  return class DatabaseRateLimitStore implements FastifyRateLimitStore {
    private readonly prefix: string;
    constructor(_options: FastifyRateLimitOptions, prefix = 'global:') {
      this.prefix = prefix;
    }
    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number, max: number) {
      leases.take(this.prefix + key, timeWindow, max).then(
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
