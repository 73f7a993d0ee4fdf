import { expect, it } from 'vitest';
import { openDatabase } from '../../platform/db/client';
import { describeOnEachEngine } from '../../testing/engines';
import { testContext } from '../../testing/factories';
import { startDuplicateJob } from './duplicates';

describeOnEachEngine('duplicate search jobs', (database) => {
  it('starts one job when two administrators start it at once on two server processes', async () => {
    // On PostgreSQL a second pool stands for a second process; the embedded engine has one connection.
    const url = database().url;
    const other = url ? await openDatabase({ url, poolSize: 1 }) : undefined;
    const outcomes = await Promise.allSettled([startDuplicateJob(testContext(database().db)), startDuplicateJob(testContext(other?.db ?? database().db))]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = outcomes.find((o) => o.status === 'rejected');
    expect(String(refused?.reason)).toMatch(/already running/);
    await other?.close();
  });
});
