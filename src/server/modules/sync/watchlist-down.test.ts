import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeOnEachEngine } from '../../testing/engines';
import { uniqueSuffix } from '../../testing/factories';
import { alerts, crossings } from '../border/tables';
import { createSource, crossingBody, importRows, passportMrz, uniqueDocumentNumber } from '../border/test-fixtures';
import { createEdge, hqForSuite, syncUntilDrained } from './test-harness';

interface AlertView {
  id: string;
  kind: string;
  listVersion: number | null;
  sourceId: string | null;
  explanation: { entry: { externalRef: string } | null };
}

describeOnEachEngine('watchlists reach a remote post', (database) => {
  const hq = hqForSuite(database);

  it('an entry added at headquarters reaches the post and hits there, with the same list version; the alert goes up', async () => {
    const edge = await createEdge(hq);
    try {
      const surname = `Zq${uniqueSuffix().replace(/\d/g, 'k')}`;
      const source = await createSource(hq.supervisor);
      await importRows(hq.supervisor, source.id, [`W-1,Someone Else${surname},,1970-01-01,IRQ,,notify,,,`]);
      await syncUntilDrained(edge);
      const officer = await edge.signIn(hq.officerUser);
      // Version 2 at headquarters lists the traveller; the post does not know it yet.
      await importRows(hq.supervisor, source.id, [`W-2,Karim ${surname},,1984-05-06,SYR,,refuse-entry,,,`], 'append');
      const before = (await officer.get('/api/sync/status')).json<{ watchlists: { sourceId: string; version: number }[] }>();
      expect(before.watchlists.find((w) => w.sourceId === source.id)?.version).toBe(1);

      await syncUntilDrained(edge);
      const status = (await officer.get('/api/sync/status')).json<{ link: { state: string }; watchlists: { sourceId: string; version: number }[] }>();
      expect(status.link.state).toBe('up');
      expect(status.watchlists.find((w) => w.sourceId === source.id)?.version).toBe(2);

      const body = crossingBody(hq.siteId, { document: { mrz: passportMrz({ documentNumber: uniqueDocumentNumber(), surname: surname.toUpperCase(), givenNames: 'KARIM', dateOfBirth: '1984-05-06' }) } });
      const recorded = await officer.post('/api/border/crossings', body);
      expect(recorded.statusCode, recorded.body).toBe(201);
      const raised = recorded.json<{ crossing: { id: string }; alerts: AlertView[] }>().alerts.filter((a) => a.sourceId === source.id);
      expect(raised).toHaveLength(1);
      expect(raised[0]).toMatchObject({ kind: 'watchlist', listVersion: 2, explanation: { entry: { externalRef: 'W-2' } } });

      // Up: the crossing and its alert arrive at headquarters with the same ids.
      await syncUntilDrained(edge);
      const crossingId = recorded.json<{ crossing: { id: string } }>().crossing.id;
      const [atHq] = await database().db.select().from(crossings).where(eq(crossings.id, crossingId));
      expect(atHq).toMatchObject({ clientRef: body.clientRef, siteId: hq.siteId });
      const [alertAtHq] = await database().db.select().from(alerts).where(eq(alerts.id, raised[0]!.id));
      expect(alertAtHq).toMatchObject({ sourceId: source.id, listVersion: 2, status: 'open' });

      // A removal at headquarters reaches the post too: replacing the list without W-2 stops the hit.
      await importRows(hq.supervisor, source.id, [`W-1,Someone Else${surname},,1970-01-01,IRQ,,notify,,,`]);
      await syncUntilDrained(edge);
      const again = await officer.post('/api/border/crossings', { ...body, clientRef: `desk-${uniqueSuffix()}`, direction: 'exit' });
      expect(again.statusCode, again.body).toBe(201);
      expect(again.json<{ alerts: AlertView[] }>().alerts.filter((a) => a.sourceId === source.id)).toHaveLength(0);
    } finally {
      await edge.close();
    }
  });
});
