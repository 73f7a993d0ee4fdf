import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/query';
import { createTestDatabase, testEngines, type TestDatabase } from '../db/testing/test-database';
import { leaseSize, RateLeases } from './rate-limit-store';

const MINUTE = 60_000;

describe('lease size', () => {
  it('is 1 % of the limit, at least 1 (exact counting under 200 a minute) and at most 50', () => {
    expect([1, 10, 199, 200, 600, 1000, 5000, 100_000_000, Number.NaN].map(leaseSize)).toEqual([1, 1, 1, 2, 6, 10, 50, 50, 1]);
  });
});

describe.each(testEngines())('rate-limit windows counted in leases [%s]', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
  });
  afterAll(async () => {
    await database.destroy();
  });

  const counted = async (key: string) => (await queryRows<{ count: number }>(database.db, sql`select count from rate_limits where key = ${key}`))[0]?.count;

  it('hands the positions of a lease to the next requests without a statement, and claims the next lease when it runs out', async () => {
    const leases = new RateLeases(database.db);
    const positions = [];
    for (let n = 0; n < 3; n += 1) {
      positions.push((await leases.take('k:lease', MINUTE, 1000)).current);
    }
    expect(positions).toEqual([1, 2, 3]);
    expect(await counted('k:lease')).toBe(10);
    for (let n = 0; n < 8; n += 1) {
      positions.push((await leases.take('k:lease', MINUTE, 1000)).current);
    }
    expect(positions).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(await counted('k:lease')).toBe(20);
  });

  it('counts small limits exactly, one position per request', async () => {
    const leases = new RateLeases(database.db);
    for (let n = 1; n <= 12; n += 1) {
      const { current, ttl } = await leases.take('k:small', MINUTE, 10);
      expect(current).toBe(n);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(MINUTE);
      expect(await counted('k:small')).toBe(n);
    }
  });

  it('claims once for requests arriving together', async () => {
    const leases = new RateLeases(database.db);
    const positions = await Promise.all(Array.from({ length: 20 }, () => leases.take('k:together', MINUTE, 1000)));
    expect(positions.map((p) => p.current).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(await counted('k:together')).toBe(20);
  });

  it('never allows more than the limit across processes, and refuses early by at most a lease per process (property)', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 700 }), fc.integer({ min: 200, max: 600 }), async (order, max) => {
        run += 1;
        const key = `k:shared:${run}`;
        const processes = [new RateLeases(database.db), new RateLeases(database.db), new RateLeases(database.db)];
        const positions = [];
        for (const process of order) {
          positions.push((await processes[process]!.take(key, MINUTE, max)).current);
        }
        // Every position belongs to one request; the allowed ones are within the limit.
        expect(new Set(positions).size).toBe(positions.length);
        const allowed = positions.filter((p) => p <= max).length;
        expect(allowed).toBeLessThanOrEqual(max);
        expect(allowed).toBeGreaterThanOrEqual(Math.min(order.length, max - processes.length * (leaseSize(max) - 1)));
      }),
      { numRuns: 15 },
    );
  });

  it('starts a new window once the old one has ended', async () => {
    const leases = new RateLeases(database.db);
    expect((await leases.take('k:short', 50, 1000)).current).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect((await leases.take('k:short', 50, 1000)).current).toBe(1);
    expect(await counted('k:short')).toBe(10);
  });
});
