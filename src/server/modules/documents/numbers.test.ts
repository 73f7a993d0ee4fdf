/**
 * National number series: never a number twice, with several processes issuing at once, and an office
 * that keeps issuing from its blocks while the central allocator cannot be reached.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, expect, it } from 'vitest';
import { inTransaction, systemContext } from '../../platform/context';
import { describeOnEachEngine } from '../../testing/engines';
import { createTenant } from '../../testing/factories';
import { databaseAllocator, ensureNumbers, formatDocumentNumber, parseDocumentNumber, takeNumber, useCentralAllocator } from './numbers';
import { upsertOfficeSettings } from './number-store';

const run = promisify(execFile);
const worker = path.join(import.meta.dirname, 'number-issuer.worker.ts');

describeOnEachEngine('document number series', (database) => {
  afterEach(() => useCentralAllocator(null));

  const issueAt = async (siteId: string, prefix: string) => {
    const ctx = systemContext(database().db, 'test');
    await ensureNumbers(ctx, siteId, prefix, null);
    return inTransaction(ctx, (tx) => takeNumber(tx, siteId, prefix));
  };

  it('formats and reads numbers: two letters and seven digits', () => {
    expect(formatDocumentNumber('TA', 42)).toBe('TA0000042');
    expect(parseDocumentNumber('TA0000042')).toEqual({ prefix: 'TA', value: 42 });
    expect(parseDocumentNumber('TA00000421')).toBeNull();
  });

  it('gives distinct numbers to two issuers at once (on PostgreSQL: 10,000 from two processes)', { timeout: 240_000 }, async () => {
    const tenant = await createTenant(database().db);
    const [one, two] = [await tenant.site('issuing-office'), await tenant.site('issuing-office')];
    for (const office of [one, two]) {
      await upsertOfficeSettings(database().db, office, { blockSize: 50, lowWater: 10 });
    }
    let numbers: string[];
    const url = database().url;
    if (url) {
      // Two real processes against the same PostgreSQL database, drawing blocks from the same series.
      const outputs = await Promise.all(
        [one, two].map((office) => run(process.execPath, ['--import', 'tsx', worker, url, office, 'CN', '5000'], { maxBuffer: 16 * 1024 * 1024, timeout: 220_000 })),
      );
      numbers = outputs.flatMap((o) => JSON.parse(o.stdout) as string[]);
    } else {
      // The embedded database has one connection and one process: two interleaved issuers, fewer numbers.
      const issue = async (office: string) => {
        const taken: string[] = [];
        for (let i = 0; i < 1000; i++) {
          taken.push(await issueAt(office, 'CN'));
        }
        return taken;
      };
      numbers = (await Promise.all([issue(one), issue(two)])).flat();
    }
    const expected = url ? 10_000 : 2_000;
    expect(numbers).toHaveLength(expected);
    expect(new Set(numbers).size).toBe(expected);
    expect(numbers.every((n) => /^CN\d{7}$/.test(n))).toBe(true);
  });

  it('keeps an office issuing from its block while the allocator is unreachable, never colliding with others', async () => {
    const tenant = await createTenant(database().db);
    const [remote, connected] = [await tenant.site('issuing-office'), await tenant.site('issuing-office')];
    await upsertOfficeSettings(database().db, remote, { blockSize: 100, lowWater: 20 });
    await upsertOfficeSettings(database().db, connected, { blockSize: 30, lowWater: 5 });
    const first = await issueAt(remote, 'OF');
    // The remote office's link to the allocator goes down; the other office's stays up.
    let refusedDraws = 0;
    useCentralAllocator((ctx) => ({
      drawBlock: async (request) => {
        if (request.siteId === remote) {
          refusedDraws += 1;
          throw new Error('connect ECONNREFUSED headquarters');
        }
        return databaseAllocator(ctx.db).drawBlock(request);
      },
    }));
    const remoteNumbers: string[] = [first];
    const connectedNumbers: string[] = [];
    await Promise.all([
      (async () => {
        for (let i = 0; i < 99; i++) {
          remoteNumbers.push(await issueAt(remote, 'OF'));
        }
      })(),
      (async () => {
        for (let i = 0; i < 150; i++) {
          connectedNumbers.push(await issueAt(connected, 'OF'));
        }
      })(),
    ]);
    expect(refusedDraws).toBeGreaterThan(0);
    await expect(issueAt(remote, 'OF')).rejects.toThrow(/no OF numbers left and the central number allocator cannot be reached/);
    const all = [...remoteNumbers, ...connectedNumbers];
    expect(new Set(all).size).toBe(250);
    // The remote office issued exactly its one block, in order.
    const values = remoteNumbers.map((n) => parseDocumentNumber(n)!.value);
    expect(values).toEqual(values.map((_, i) => values[0]! + i));
    // The link comes back: the office draws a new block and goes on.
    useCentralAllocator(null);
    expect(await issueAt(remote, 'OF')).toMatch(/^OF\d{7}$/);
  });
});
