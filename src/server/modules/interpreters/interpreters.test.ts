/** The interpreter pool over HTTP: languages checked against ISO 639-3, search by language and time, no double booking, cancellation, access and audit. */
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { describeOnEachEngine } from '../../testing/engines';
import { createRole, createTenant, type Tenant } from '../../testing/factories';
import { createTestApp, signIn, type Session } from '../../testing/http';
import { expectRoutesGuarded } from '../../testing/route-guards';

interface Interpreter {
  id: string;
  name: string;
}
interface Booking {
  id: string;
  status: string;
  purpose: { kind: string; reference: string; label: string };
  restricted: boolean;
  outsideAvailability: boolean;
  can: { cancel: boolean };
}

// Tuesday 8 January 2030, Bucharest (UTC+2): local hh:mm → ISO instant.
const local = (time: string, day = '2030-01-08') => new Date(`${day}T${time}:00+02:00`).toISOString();

describeOnEachEngine('interpreter pool over HTTP', (database) => {
  let app: FastifyInstance;
  let tenant: Tenant;
  let coordinator: Session;
  let caseworker: Session;
  beforeAll(async () => {
    app = await createTestApp(database());
    tenant = await createTenant(database().db);
    coordinator = await signIn(app, await tenant.user(['interpreter-coordinator']));
    caseworker = await signIn(app, await tenant.user(['caseworker']));
  });
  afterAll(async () => {
    await app.close();
  });

  const post = async <T>(session: Session, url: string, body: unknown, status = 201) => {
    const response = await session.post(url, body);
    expect(response.statusCode, `${url}: ${response.body}`).toBe(status);
    return response.json<T>();
  };
  /** An interpreter of Dari and Pashto, Monday–Friday 09:00–17:00 Bucharest time. */
  async function dariInterpreter(name = `Farid ${Math.random().toString(36).slice(2, 7)}`) {
    const interpreter = await post<Interpreter>(coordinator, '/api/interpreters', { name, languages: ['prs', 'pus'], organisation: 'Interpreters’ association', phone: '+40 700 000 001', modalities: ['in-person', 'video'] });
    const availability = await coordinator.request('PUT', `/api/interpreters/${interpreter.id}/availability`, { weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '17:00' })) });
    expect(availability.statusCode, availability.body).toBe(200);
    return interpreter;
  }
  const booking = (interpreterId: string, from: string, to: string, extra: Record<string, unknown> = {}) => ({
    interpreterId,
    startsAt: local(from),
    endsAt: local(to),
    language: 'prs',
    modality: 'in-person',
    purpose: { kind: 'asylum-interview', reference: 'application-123', label: 'First interview' },
    ...extra,
  });

  it('checks languages against ISO 639-3: rare living languages pass, made-up and extinct codes are refused naming the field', async () => {
    const ok = await post<{ languages: { code: string; name: string }[] }>(coordinator, '/api/interpreters', { name: 'Rare languages', languages: ['TIR', 'kmr', 'rmy', 'rms'], modalities: ['phone'] });
    expect(ok.languages.map((l) => l.code)).toEqual(['tir', 'kmr', 'rmy', 'rms']);
    expect(ok.languages[0]!.name).toBe('Tigrinya');
    for (const code of ['xqz', 'got', 'en']) {
      const refused = await coordinator.post('/api/interpreters', { name: 'Wrong', languages: ['prs', code], modalities: ['phone'] });
      expect(refused.statusCode, code).toBe(400);
      expect(JSON.stringify(refused.json())).toContain('languages');
    }
    const found = (await caseworker.get('/api/interpreters/languages?q=tigr')).json<{ languages: { code: string }[] }>();
    expect(found.languages.map((l) => l.code)).toContain('tir');
    expect((await caseworker.get('/api/interpreters/languages?codes=prs,xqz')).json()).toEqual({ languages: [{ code: 'prs', name: 'Dari', scope: 'individual' }] });
  });

  it('finds interpreters of a language free at a time, those within their availability first', async () => {
    const inside = await dariInterpreter('Aaa Inside');
    const none = await post<Interpreter>(coordinator, '/api/interpreters', { name: 'Aab Undeclared', languages: ['prs'], modalities: ['in-person'] });
    const pashtoOnly = await post<Interpreter>(coordinator, '/api/interpreters', { name: 'Aac Pashto', languages: ['pus'], modalities: ['in-person'] });
    const list = (await caseworker.get('/api/interpreters?language=prs')).json<{ interpreters: Interpreter[] }>();
    expect(list.interpreters.map((i) => i.id)).toEqual(expect.arrayContaining([inside.id, none.id]));
    expect(list.interpreters.map((i) => i.id)).not.toContain(pashtoOnly.id);

    const query = `language=prs&startsAt=${encodeURIComponent(local('10:00'))}&endsAt=${encodeURIComponent(local('11:00'))}`;
    const available = (await caseworker.get(`/api/interpreters/available?${query}`)).json<{ interpreters: (Interpreter & { problems: string[] })[]; busy: Interpreter[] }>();
    const ours = available.interpreters.filter((i) => [inside.id, none.id].includes(i.id));
    expect(ours).toMatchObject([{ id: inside.id, problems: [] }, { id: none.id, problems: ['no-availability-declared'] }]);
    await post(caseworker, '/api/interpreters/bookings', booking(inside.id, '10:30', '11:30'));
    const after = (await caseworker.get(`/api/interpreters/available?${query}`)).json<{ interpreters: Interpreter[]; busy: Interpreter[] }>();
    expect(after.interpreters.map((i) => i.id)).not.toContain(inside.id);
    expect(after.busy.map((i) => i.id)).toContain(inside.id);
  });

  it('refuses an overlapping booking of the same interpreter with a clear message, and allows touching ones (10:00–11:00, then 11:00–12:00)', async () => {
    const farid = await dariInterpreter('Farid Ahmadi');
    const first = await post<Booking>(caseworker, '/api/interpreters/bookings', booking(farid.id, '10:00', '11:00'));
    expect(first).toMatchObject({ status: 'booked', outsideAvailability: false, purpose: { kind: 'asylum-interview', reference: 'application-123' } });
    const overlap = await caseworker.post('/api/interpreters/bookings', booking(farid.id, '10:30', '11:30', { purpose: { kind: 'case-meeting', reference: 'case-9' } }));
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json()).toMatchObject({ error: { code: 'conflict', message: expect.stringContaining('Farid Ahmadi is already booked 8 Jan 2030, 10:00–11:00') } });
    // Contained, containing and identical periods are overlaps too.
    for (const [from, to] of [['10:15', '10:45'], ['09:00', '12:00'], ['10:00', '11:00']] as const) {
      expect((await caseworker.post('/api/interpreters/bookings', booking(farid.id, from, to))).statusCode, `${from}–${to}`).toBe(409);
    }
    await post(caseworker, '/api/interpreters/bookings', booking(farid.id, '11:00', '12:00'));
    await post(caseworker, '/api/interpreters/bookings', booking(farid.id, '09:00', '10:00'));
    // Another interpreter at the same time is fine.
    const other = await dariInterpreter();
    await post(caseworker, '/api/interpreters/bookings', booking(other.id, '10:00', '11:00'));
    const refusals = await database().db.select().from(auditLog).where(and(eq(auditLog.entityId, farid.id), eq(auditLog.outcome, 'failure')));
    expect(refusals).toHaveLength(4);
  });

  it('asks for confirmation outside availability, and refuses a language or way of working the interpreter lacks', async () => {
    const farid = await dariInterpreter();
    const evening = await caseworker.post('/api/interpreters/bookings', booking(farid.id, '18:00', '19:00'));
    expect(evening.statusCode).toBe(422);
    expect(evening.json()).toMatchObject({ error: { code: 'rule_violated', fields: [{ field: 'confirmOutsideAvailability' }] } });
    const confirmed = await post<Booking>(caseworker, '/api/interpreters/bookings', booking(farid.id, '18:00', '19:00', { confirmOutsideAvailability: true }));
    expect(confirmed.outsideAvailability).toBe(true);
    await coordinator.request('PUT', `/api/interpreters/${farid.id}/availability`, { weekly: [{ weekday: 2, start: '09:00', end: '17:00' }], unavailable: [{ startsAt: local('00:00', '2030-01-15'), endsAt: local('00:00', '2030-01-16'), note: 'leave' }] });
    const onLeave = await caseworker.post('/api/interpreters/bookings', booking(farid.id, '10:00', '11:00', { startsAt: local('10:00', '2030-01-15'), endsAt: local('11:00', '2030-01-15') }));
    expect(onLeave.json()).toMatchObject({ error: { message: expect.stringContaining('marked unavailable') } });
    expect((await caseworker.post('/api/interpreters/bookings', booking(farid.id, '13:00', '14:00', { language: 'tir' }))).json()).toMatchObject({ error: { fields: [{ field: 'language' }] } });
    expect((await caseworker.post('/api/interpreters/bookings', booking(farid.id, '13:00', '14:00', { modality: 'phone' }))).json()).toMatchObject({ error: { fields: [{ field: 'modality' }] } });
    expect((await caseworker.post('/api/interpreters/bookings', booking(farid.id, '13:00', '14:00', { language: 'qqq' }))).statusCode).toBe(400);
    expect((await caseworker.post('/api/interpreters/bookings', { ...booking(farid.id, '13:00', '14:00'), startsAt: '2020-01-07T10:00:00Z', endsAt: '2020-01-07T11:00:00Z' })).statusCode).toBe(422);
  });

  it('cancels with a reason, freeing the time; another organisation sees only that the interpreter is busy', async () => {
    const farid = await dariInterpreter();
    const first = await post<Booking>(caseworker, '/api/interpreters/bookings', booking(farid.id, '13:00', '14:00'));
    const otherOrg = await createTenant(database().db, 'ngo');
    const stranger = await signIn(app, await otherOrg.user(['caseworker']));
    const seen = (await stranger.get(`/api/interpreters/bookings?interpreterId=${farid.id}`)).json<{ bookings: Booking[] }>();
    expect(seen.bookings).toMatchObject([{ id: first.id, restricted: true, purpose: { kind: 'asylum-interview', reference: '', label: '' }, can: { cancel: false } }]);
    expect((await stranger.get('/api/interpreters/bookings?purposeRef=application-123')).json<{ bookings: Booking[] }>().bookings).toEqual([]);
    expect((await stranger.post(`/api/interpreters/bookings/${first.id}/cancel`, { reason: 'Not mine' })).statusCode).toBe(404);

    expect((await caseworker.post(`/api/interpreters/bookings/${first.id}/cancel`, { reason: '' })).statusCode).toBe(400);
    const cancelled = await post<Booking & { cancelReason: string }>(caseworker, `/api/interpreters/bookings/${first.id}/cancel`, { reason: 'Interview postponed' }, 200);
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Interview postponed', can: { cancel: false } });
    await post(stranger, '/api/interpreters/bookings', booking(farid.id, '13:00', '14:00', { purpose: { kind: 'case-meeting', reference: 'case-77', label: 'Legal counselling' } }));
    const mine = (await caseworker.get(`/api/interpreters/bookings?purposeKind=asylum-interview&purposeRef=application-123&interpreterId=${farid.id}&includeCancelled=true`)).json<{ bookings: Booking[] }>();
    expect(mine.bookings.map((b) => b.status)).toEqual(['cancelled']);
  });

  it('audits the pool’s writes, contact reads and bookings', async () => {
    const farid = await dariInterpreter();
    const made = await post<Booking>(caseworker, '/api/interpreters/bookings', booking(farid.id, '15:00', '16:00'));
    await caseworker.get(`/api/interpreters/${farid.id}`);
    await post(caseworker, `/api/interpreters/bookings/${made.id}/cancel`, { reason: 'No longer needed' }, 200);
    const onInterpreter = await database().db.select().from(auditLog).where(eq(auditLog.entityId, farid.id));
    expect(onInterpreter.map((e) => e.action)).toEqual(expect.arrayContaining(['interpreters.interpreter.create', 'interpreters.availability.set', 'interpreters.interpreter.read']));
    const onBooking = await database().db.select().from(auditLog).where(eq(auditLog.entityId, made.id));
    expect(onBooking.map((e) => e.action).sort()).toEqual(['interpreters.booking.cancel', 'interpreters.booking.create']);
  });

  it('lets only managers change the pool, and only the keeping organisation unless national', async () => {
    const farid = await dariInterpreter();
    expect((await caseworker.post('/api/interpreters', { name: 'X', languages: ['prs'], modalities: ['phone'] })).statusCode).toBe(403);
    const detail = (await caseworker.get(`/api/interpreters/${farid.id}`)).json<{ phone: string; can: { manage: boolean; book: boolean } }>();
    expect(detail).toMatchObject({ phone: '+40 700 000 001', can: { manage: false, book: true } });
    const localManager = await signIn(app, await (await createTenant(database().db)).user([await createRole(database().db, ['interpreters.manage'], false)]));
    const change = await localManager.request('PUT', `/api/interpreters/${farid.id}`, { name: 'Changed', languages: ['prs'], modalities: ['phone'] });
    expect(change.statusCode).toBe(403);
    const deactivated = await coordinator.request('PUT', `/api/interpreters/${farid.id}`, { name: 'Farid', languages: ['prs'], modalities: ['in-person'], active: false });
    expect(deactivated.json()).toMatchObject({ active: false });
    expect((await caseworker.post('/api/interpreters/bookings', booking(farid.id, '10:00', '11:00'))).json()).toMatchObject({ error: { fields: [{ field: 'interpreterId' }] } });
  });

  it('guards every route by an interpreters permission', async () => {
    await expectRoutesGuarded(app, database().db, tenant, { prefix: '/api/interpreters', permissionPrefix: 'interpreters.', minimum: 10 });
  });
});
