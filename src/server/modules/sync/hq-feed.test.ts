/** Headquarters' person feed: one row per person and transaction, whatever the transaction changed of them. */
import { count, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeOnEachEngine } from '../../testing/engines';
import { signIn } from '../../testing/http';
import { crossingBody } from '../border/test-fixtures';
import { syncPersonFeed } from './tables';
import { hqForSuite } from './test-harness';

describeOnEachEngine('the person feed at headquarters', (database) => {
  const hq = hqForSuite(database);

  async function feedRows(personId: string): Promise<number> {
    const [row] = await hq.database.db.select({ n: count() }).from(syncPersonFeed).where(eq(syncPersonFeed.personId, personId));
    return row?.n ?? 0;
  }

  it('feeds a traveller registered at a desk with their document once, and each later change once more', async () => {
    const officer = await signIn(hq.app, hq.officerUser);
    const recorded = await officer.post('/api/border/crossings', crossingBody(hq.siteId));
    expect(recorded.statusCode).toBe(201);
    const personId = recorded.json<{ person: { id: string; registered: boolean } }>().person.id;
    // Registration and the document added to the record are two changes of one transaction: one row.
    expect(await feedRows(personId)).toBe(1);
    const { version } = (await hq.supervisor.get(`/api/people/${personId}`)).json<{ version: number }>();
    expect((await hq.supervisor.patch(`/api/people/${personId}`, { version, placeOfBirth: 'Herat' })).statusCode).toBe(200);
    expect(await feedRows(personId)).toBe(2);
  });
});
