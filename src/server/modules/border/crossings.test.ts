import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { describeOnEachEngine } from '../../testing/engines';
import { createTenant, type Tenant } from '../../testing/factories';
import { createTestApp, signIn, type Session } from '../../testing/http';
import { crossings, vehicleCrossings } from './tables';
import { crossingBody, passportMrz, uniqueDocumentNumber } from './test-fixtures';

describeOnEachEngine('border crossings over HTTP', (database) => {
  let app: FastifyInstance;
  let tenant: Tenant;
  let officer: Session;
  let bcp: string;
  beforeAll(async () => {
    app = await createTestApp(database());
    tenant = await createTenant(database().db, 'border-police');
    bcp = await tenant.site('bcp', { mode: 'land', lanes: ['A1', 'A2', 'T1'] });
    officer = await signIn(app, await tenant.user(['border-officer'], { siteIds: [bcp] }));
  });
  afterAll(async () => {
    await app.close();
  });

  const record = async (body: Record<string, unknown>, session = officer) => {
    const response = await session.post('/api/border/crossings', body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ crossing: { id: string; personId: string; processingMs: number | null }; person: { id: string; surname: string; registered: boolean }; alerts: unknown[] }>();
  };

  it('records an entry from the MRZ, registering the traveller, with the processing time', async () => {
    const number = uniqueDocumentNumber();
    const body = crossingBody(bcp, { document: { mrz: passportMrz({ documentNumber: number, surname: 'HADDAD', givenNames: 'RAMI' }) }, at: '2026-01-10T10:00:30Z', firstScanAt: '2026-01-10T10:00:00Z' });
    const first = await record(body);
    expect(first.person.registered).toBe(true);
    expect(first.crossing).toMatchObject({ direction: 'entry', decision: 'admitted', processingMs: 30_000, document: { number, issuingState: 'SYR', source: 'mrz' }, lane: 'A1' });
    const person = (await officer.get(`/api/people/${first.person.id}`)).json();
    expect(person).toMatchObject({ surname: 'HADDAD', givenNames: 'RAMI', dateOfBirth: '1988-03-14', nationalities: ['SYR'], documents: [{ number }] });
    // Person, passport and both history rows are written by one statement: each refers to the others.
    const history = (await officer.get(`/api/people/${first.person.id}/history`)).json<{ action: string; detail: { documentId?: string } }[]>();
    expect(history.map((h) => h.action).sort()).toEqual(['document-added', 'registered']);
    expect(history.find((h) => h.action === 'document-added')!.detail.documentId).toBe(person.documents[0].id);
    // The same document again: the same person, not a new registration.
    const again = await record(crossingBody(bcp, { direction: 'exit', document: { mrz: passportMrz({ documentNumber: number, surname: 'HADDAD', givenNames: 'RAMI' }) }, at: '2026-01-12T10:00:00Z' }));
    expect(again.person).toMatchObject({ id: first.person.id, registered: false });
    const audited = await database().db.select().from(auditLog).where(and(eq(auditLog.action, 'border.crossing.record'), eq(auditLog.entityId, first.crossing.id)));
    expect(audited).toHaveLength(1);
  });

  it('is idempotent on the client reference: the second call answers with the first crossing', async () => {
    const body = crossingBody(bcp);
    const first = await record(body);
    const second = await officer.post('/api/border/crossings', body);
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({ replayed: true, crossing: { id: first.crossing.id }, person: { id: first.person.id } });
    const rows = await database().db.select().from(crossings).where(eq(crossings.clientRef, body.clientRef));
    expect(rows).toHaveLength(1);
    const reused = await officer.post('/api/border/crossings', { ...body, direction: 'exit' });
    expect(reused.statusCode).toBe(409);
    expect(reused.json().error.message).toMatch(/already used for another crossing/);
  });

  it('records a crossing sent twice at the same moment once, registering the traveller once', async () => {
    const number = uniqueDocumentNumber('R');
    const body = crossingBody(bcp, { document: { mrz: passportMrz({ documentNumber: number, surname: 'RACE', givenNames: 'CONDITION' }) } });
    const responses = await Promise.all([officer.post('/api/border/crossings', body), officer.post('/api/border/crossings', body)]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 201]);
    expect(new Set(responses.map((r) => r.json<{ crossing: { id: string } }>().crossing.id)).size).toBe(1);
    expect(await database().db.select().from(crossings).where(eq(crossings.clientRef, body.clientRef))).toHaveLength(1);
    const holders = (await officer.get(`/api/people/search?document=${number}`)).json<{ results: unknown[] }>();
    expect(holders.results).toHaveLength(1);
  });

  it('refuses malformed MRZs, unknown codes, impossible times and refusals without a ground, recording nothing', async () => {
    const attempts: [Record<string, unknown>, string][] = [
      [{ document: { mrz: 'P<SYRAL<HASSAN<<MOHAMMED' } }, 'document.mrz'],
      [{ document: { mrz: passportMrz().replace(/N01234567(\d)/, (_m, d: string) => `N01234567${(Number(d) + 1) % 10}`) } }, 'document.mrz'],
      [{ direction: 'sideways' }, 'direction'],
      [{ purpose: 'smuggling' }, 'purpose'],
      [{ decision: 'refused' }, 'refusalReason'],
      [{ decision: 'refused', refusalReason: 'Z' }, 'refusalReason'],
      [{ decision: 'admitted', refusalReason: 'A' }, 'refusalReason'],
      [{ at: '2999-01-01T00:00:00Z' }, 'at'],
      [{ at: '2026-01-10T10:00:00Z', firstScanAt: '2026-01-10T10:05:00Z' }, 'firstScanAt'],
      [{ document: { number: 'X1', issuingState: 'SYR', surname: 'A', dateOfBirth: '2001-02-30' } }, 'document.dateOfBirth'],
      [{ document: { number: 'X1', issuingState: 'Syria', surname: 'A' } }, 'document.issuingState'],
      [{ lane: 'Z9' }, 'lane'],
    ];
    for (const [override, field] of attempts) {
      const body = crossingBody(bcp, override);
      const response = await officer.post('/api/border/crossings', body);
      expect(response.statusCode, `${JSON.stringify(override)}: ${response.body}`).toBe(400);
      expect(response.json().error.fields.map((f: { field: string }) => f.field)).toContain(field);
      expect(await database().db.select().from(crossings).where(eq(crossings.clientRef, body.clientRef))).toHaveLength(0);
    }
    const office = await tenant.site('office');
    const notBcp = await officer.post('/api/border/crossings', crossingBody(office));
    expect(notBcp.statusCode).toBe(400);
    expect(notBcp.json().error.fields[0].field).toBe('siteId');
  });

  it('records a typed document and a refusal with its ground', async () => {
    const number = uniqueDocumentNumber('K');
    const result = await record(crossingBody(bcp, { document: { number, issuingState: 'UKR', surname: 'Kovalenko', givenNames: 'Olha', dateOfBirth: '1990-05', sex: 'F' }, decision: 'refused', refusalReason: 'C' }));
    expect(result.crossing).toMatchObject({ decision: 'refused', refusalReason: 'C', refusalReasonText: 'no valid visa or residence permit', document: { source: 'typed', flags: ['no-mrz'] } });
  });

  it('records a vehicle with driver and passengers in one call, once', async () => {
    const body = {
      clientRef: `car-${Date.now()}-${Math.random().toString(36).slice(2)}`,
      siteId: bcp,
      lane: 'T1',
      direction: 'entry',
      vehicle: { plate: 'ab-12 cde', country: 'ROU', type: 'car' },
      occupants: [
        { role: 'driver', document: { mrz: passportMrz({ documentNumber: uniqueDocumentNumber('D'), surname: 'POPA', givenNames: 'ION', nationality: 'MDA', issuingState: 'MDA' }) }, purpose: 'family', decision: 'admitted' },
        { role: 'passenger', document: { mrz: passportMrz({ documentNumber: uniqueDocumentNumber('P'), surname: 'POPA', givenNames: 'ANA', sex: 'F', nationality: 'MDA', issuingState: 'MDA' }) }, purpose: 'family', decision: 'referred' },
      ],
    };
    const first = await officer.post('/api/border/vehicle-crossings', body);
    expect(first.statusCode, first.body).toBe(201);
    const group = first.json<{ vehicle: { id: string; plate: string }; occupants: { crossing: { id: string; vehicleRole: string; clientRef: string } }[] }>();
    expect(group.vehicle.plate).toBe('AB12CDE');
    expect(group.occupants.map((o) => o.crossing.vehicleRole)).toEqual(['driver', 'passenger']);
    expect(group.occupants.map((o) => o.crossing.clientRef)).toEqual([`${body.clientRef}/1`, `${body.clientRef}/2`]);
    const again = await officer.post('/api/border/vehicle-crossings', body);
    expect(again.statusCode).toBe(200);
    expect(again.json().occupants.map((o: { crossing: { id: string } }) => o.crossing.id)).toEqual(group.occupants.map((o) => o.crossing.id));
    expect(await database().db.select().from(vehicleCrossings).where(eq(vehicleCrossings.clientRef, body.clientRef))).toHaveLength(1);
    const twoDrivers = await officer.post('/api/border/vehicle-crossings', { ...body, clientRef: `${body.clientRef}-b`, occupants: body.occupants.map((o) => ({ ...o, role: 'driver' })) });
    expect(twoDrivers.statusCode).toBe(400);
    const badPassenger = await officer.post('/api/border/vehicle-crossings', { ...body, clientRef: `${body.clientRef}-c`, occupants: [body.occupants[0], { ...body.occupants[1], document: { mrz: 'garbage' } }] });
    expect(badPassenger.statusCode).toBe(400);
    expect(badPassenger.json().error.fields[0].field).toBe('occupants.1.document.mrz');
    expect(await database().db.select().from(vehicleCrossings).where(eq(vehicleCrossings.clientRef, `${body.clientRef}-c`))).toHaveLength(0);
  });

  it('lists a BCP day by direction, with every read audited', async () => {
    const day = '2026-02-03';
    const entry = await record(crossingBody(bcp, { at: `${day}T08:00:00Z` }));
    const exit = await record(crossingBody(bcp, { direction: 'exit', at: `${day}T09:00:00Z` }));
    // 23:30 UTC on the 2nd is already the 3rd in Bucharest (UTC+2).
    const lateNight = await record(crossingBody(bcp, { at: '2026-02-02T23:30:00Z' }));
    await record(crossingBody(bcp, { at: '2026-02-04T08:00:00Z' }));
    const list = (await officer.get(`/api/border/crossings?siteId=${bcp}&day=${day}`)).json<{ items: { id: string; traveller: { surname: string } | null; officerName: string | null }[] }>();
    expect(list.items.map((i) => i.id).sort()).toEqual([entry.crossing.id, exit.crossing.id, lateNight.crossing.id].sort());
    expect(list.items.find((i) => i.id === entry.crossing.id)?.traveller?.surname).toBe(entry.person.surname);
    // Officers are named in the list, not shown as ids.
    expect(list.items.every((i) => typeof i.officerName === 'string' && i.officerName.startsWith('User '))).toBe(true);
    const exits = (await officer.get(`/api/border/crossings?siteId=${bcp}&day=${day}&direction=exit`)).json<{ items: { id: string }[] }>();
    expect(exits.items.map((i) => i.id)).toEqual([exit.crossing.id]);
    const one = await officer.get(`/api/border/crossings/${entry.crossing.id}`);
    expect(one.json()).toMatchObject({ id: entry.crossing.id, alerts: [], officerName: expect.any(String) });
    const audits = await database().db.select().from(auditLog).where(eq(auditLog.action, 'border.crossings.list'));
    expect(audits.length).toBeGreaterThanOrEqual(2);
  });

  it('computes a stay through the API: open entry, days used and left, latest legal exit; and lists overstayers', async () => {
    const number = uniqueDocumentNumber('S');
    const mrz = passportMrz({ documentNumber: number, surname: 'NAZARI', givenNames: 'ALI', nationality: 'AFG', issuingState: 'AFG' });
    const first = await record(crossingBody(bcp, { document: { mrz }, at: '2026-01-01T10:00:00Z' }));
    await record(crossingBody(bcp, { document: { mrz }, direction: 'exit', at: '2026-01-10T10:00:00Z' }));
    const open = await record(crossingBody(bcp, { document: { mrz }, at: '2026-02-01T10:00:00Z' }));
    const personId = first.person.id;
    const stay = (await officer.get(`/api/border/persons/${personId}/stay?on=2026-02-20`)).json();
    // 10 days in January + 1–20 February = 30 days.
    expect(stay).toMatchObject({ present: true, daysUsed: 30, daysLeft: 60, overstaying: false, latestLegalExit: '2026-04-21', openEntry: { crossingId: open.crossing.id, day: '2026-02-01' } });
    const later = (await officer.get(`/api/border/persons/${personId}/stay?on=2026-05-12`)).json();
    expect(later).toMatchObject({ overstaying: true, overstayStart: '2026-04-22', overstayDays: 21 });
    const report = (await officer.get('/api/border/overstayers?on=2026-05-12')).json<{ items: { personId: string; overstayDays: number }[] }>();
    expect(report.items).toEqual(expect.arrayContaining([expect.objectContaining({ personId, overstayDays: 21, latestLegalExit: '2026-04-21', person: expect.objectContaining({ givenNames: 'ALI', surname: 'NAZARI' }) })]));
    const history = (await officer.get(`/api/border/persons/${personId}/crossings`)).json<{ crossings: { direction: string }[] }>();
    expect(history.crossings.map((c) => c.direction)).toEqual(['entry', 'exit', 'entry']);
    const audited = await database().db.select().from(auditLog).where(and(eq(auditLog.action, 'border.person.stay.read'), eq(auditLog.entityId, personId)));
    expect(audited).toHaveLength(2);
    expect((await officer.get(`/api/border/persons/${personId}/stay?on=2026-02-30`)).statusCode).toBe(400);
  });
});
