import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { describeOnEachEngine } from '../../testing/engines';
import { createTenant, type Tenant } from '../../testing/factories';
import { createTestApp, signIn, type Session } from '../../testing/http';
import { watchlistEntries } from './tables';
import { createSource, crossingBody, importRows, passportMrz, uniqueDocumentNumber } from './test-fixtures';

interface Alert {
  id: string;
  status: string;
  listVersion: number;
  watchlistEntryId: string;
  explanation: { entry: { names: { name: string }[] }; reasons: string[] };
  can: { resolve: boolean; close: boolean };
}
interface Recorded {
  crossing: { id: string };
  person: { id: string; version: number };
  alerts: Alert[];
  suppressed: { entryId: string; alertId: string }[];
}

describeOnEachEngine('border alerts over HTTP', (database) => {
  let app: FastifyInstance;
  let tenant: Tenant;
  let officer: Session;
  let supervisor: Session;
  let bcp: string;
  beforeAll(async () => {
    app = await createTestApp(database());
    tenant = await createTenant(database().db, 'border-police');
    bcp = await tenant.site('bcp', { mode: 'air', lanes: ['A1'] });
    officer = await signIn(app, await tenant.user(['border-officer'], { siteIds: [bcp] }));
    supervisor = await signIn(app, await tenant.user(['border-supervisor'], { siteIds: [bcp] }));
  });
  afterAll(async () => {
    await app.close();
  });

  /** A listed person and the MRZ of a traveller with a transliteration of the listed name. */
  async function listedTraveller(listed: { given: string; surname: string; dateOfBirth: string }, travelling: string) {
    const source = await createSource(supervisor);
    await importRows(supervisor, source.id, [`E-1,${listed.given} ${listed.surname},,${listed.dateOfBirth},EGY,,refuse-entry,,,`]);
    const mrz = passportMrz({ documentNumber: uniqueDocumentNumber('E'), surname: listed.surname.toUpperCase(), givenNames: travelling, dateOfBirth: listed.dateOfBirth, nationality: 'EGY', issuingState: 'EGY' });
    return { source, surname: listed.surname, mrz };
  }

  const cross = async (mrz: string, direction = 'entry') => {
    const response = await officer.post('/api/border/crossings', crossingBody(bcp, { document: { mrz }, direction }));
    expect(response.statusCode, response.body).toBe(201);
    return response.json<Recorded>();
  };

  it('raises an alert at the crossing; a false positive is not raised again until the person or the entry changes', async () => {
    const { source, surname, mrz } = await listedTraveller({ given: 'Yusuf', surname: 'Qaradawi', dateOfBirth: '1975-06-01' }, 'YOUSSEF');
    const first = await cross(mrz);
    expect(first.alerts).toHaveLength(1);
    const alert = first.alerts[0]!;
    expect(alert).toMatchObject({ status: 'open', listVersion: 1, can: { resolve: true, close: false } });
    expect((await officer.get(`/api/border/alerts/${alert.id}`)).json()).toMatchObject({ id: alert.id, explanation: { entry: { names: [{ name: `Yusuf ${surname}` }] } } });
    const resolved = await officer.post(`/api/border/alerts/${alert.id}/resolve`, { outcome: 'false-positive', reason: 'Different father name, checked with the embassy' });
    expect(resolved.json()).toMatchObject({ status: 'false-positive', falsePositiveRemembered: true, can: { resolve: false } });
    expect((await officer.post(`/api/border/alerts/${alert.id}/resolve`, { outcome: 'confirmed', reason: 'changed my mind' })).statusCode).toBe(409);

    const second = await cross(mrz, 'exit');
    expect(second.person.id).toBe(first.person.id);
    expect(second.alerts).toEqual([]);
    expect(second.suppressed).toEqual([{ entryId: alert.watchlistEntryId, alertId: alert.id, source: source.code }]);
    const screened = (await officer.post('/api/border/screen', { names: [`Youssef ${surname}`], dateOfBirth: '1975-06-01', personId: first.person.id })).json<{ hits: { entry: { id: string } | null }[]; suppressed: unknown[] }>();
    expect(screened.hits.map((h) => h.entry?.id)).not.toContain(alert.watchlistEntryId);
    expect(screened.suppressed).toHaveLength(1);
    const anonymousTraveller = (await officer.post('/api/border/screen', { names: [`Youssef ${surname}`], dateOfBirth: '1975-06-01' })).json<{ hits: { entry: { id: string } | null }[] }>();
    expect(anonymousTraveller.hits.map((h) => h.entry?.id)).toContain(alert.watchlistEntryId);

    // The person's record changes: the judgement no longer holds.
    const person = (await officer.get(`/api/people/${first.person.id}`)).json<{ version: number }>();
    expect((await officer.patch(`/api/people/${first.person.id}`, { version: person.version, placeOfBirth: 'Alexandria' })).statusCode).toBe(200);
    const third = await cross(mrz);
    expect(third.alerts).toHaveLength(1);
    await officer.post(`/api/border/alerts/${third.alerts[0]!.id}/resolve`, { outcome: 'false-positive', reason: 'Still not him, place of birth differs' });
    expect((await cross(mrz, 'exit')).alerts).toEqual([]);

    // The entry changes in a new version of the list: raised again, with the new version.
    await importRows(supervisor, source.id, [`E-1,Yusuf ${surname},,1975-06-01,EGY,,arrest,,,`]);
    const fifth = await cross(mrz);
    expect(fifth.alerts).toMatchObject([{ listVersion: 2 }]);

    const audits = await database().db.select().from(auditLog).where(and(eq(auditLog.action, 'border.alert.resolve'), eq(auditLog.entityId, alert.id)));
    expect(audits).toHaveLength(1);
    expect(await database().db.select().from(auditLog).where(and(eq(auditLog.action, 'border.alert.read'), eq(auditLog.entityId, alert.id)))).toHaveLength(1);
  });

  it('sends a confirmed match to the supervisors, who close it with a note; the evidence outlives the entry', async () => {
    const { source, mrz } = await listedTraveller({ given: 'Tariq', surname: 'Mansour', dateOfBirth: '1969-11-20' }, 'TAREK');
    const alert = (await cross(mrz)).alerts[0]!;
    const confirmed = await officer.post(`/api/border/alerts/${alert.id}/resolve`, { outcome: 'confirmed', reason: 'Same person: photo and date of birth match' });
    expect(confirmed.json()).toMatchObject({ status: 'confirmed', falsePositiveRemembered: false });
    expect((await officer.get('/api/border/alerts/supervision')).statusCode).toBe(403);
    const queue = (await supervisor.get('/api/border/alerts/supervision')).json<{ items: Alert[] }>();
    expect(queue.items.find((a) => a.id === alert.id)).toMatchObject({ can: { close: true } });
    expect((await officer.post(`/api/border/alerts/${alert.id}/close`, { note: 'not mine to close' })).statusCode).toBe(403);
    const closed = await supervisor.post(`/api/border/alerts/${alert.id}/close`, { note: 'Handed over to the police on duty' });
    expect(closed.json()).toMatchObject({ status: 'closed', supervisorNote: 'Handed over to the police on duty' });
    expect((await supervisor.post(`/api/border/alerts/${alert.id}/close`, { note: 'again and again' })).statusCode).toBe(409);
    expect((await supervisor.get('/api/border/alerts/supervision')).json<{ items: Alert[] }>().items.map((a) => a.id)).not.toContain(alert.id);

    // A new version without the entry: it no longer matches, but the alert keeps what was listed.
    await importRows(supervisor, source.id, ['E-9,Somebody Unrelated,,,,,notify,,,']);
    const [entry] = await database().db.select().from(watchlistEntries).where(eq(watchlistEntries.id, alert.watchlistEntryId));
    expect(entry).toMatchObject({ removedInVersion: 2 });
    expect((await officer.get(`/api/border/alerts/${alert.id}`)).json()).toMatchObject({ status: 'closed', listVersion: 1, explanation: { entry: { names: [{ name: 'Tariq Mansour' }] } } });
    expect((await cross(mrz)).alerts).toEqual([]);
    expect(await database().db.select().from(auditLog).where(and(eq(auditLog.action, 'border.alert.close'), eq(auditLog.entityId, alert.id)))).toHaveLength(1);
  });

  it('lists open alerts and refuses a resolution without a reason', async () => {
    const { mrz } = await listedTraveller({ given: 'Walid', surname: 'Hamdan', dateOfBirth: '1983-02-14' }, 'WALEED');
    const alert = (await cross(mrz)).alerts[0]!;
    const open = (await officer.get('/api/border/alerts')).json<{ items: Alert[] }>();
    expect(open.items.map((a) => a.id)).toContain(alert.id);
    const bad = await officer.post(`/api/border/alerts/${alert.id}/resolve`, { outcome: 'false-positive', reason: '' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].field).toBe('reason');
    const unknown = await officer.post(`/api/border/alerts/${alert.id}/resolve`, { outcome: 'maybe', reason: 'not sure at all' });
    expect(unknown.statusCode).toBe(400);
    expect((await officer.get(`/api/border/alerts/${alert.id}`)).json()).toMatchObject({ status: 'open' });
    expect((await officer.get('/api/border/alerts/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});
