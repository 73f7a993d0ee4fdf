/** Reception centres over HTTP: structure, free places, over-capacity reasons, placements and their history, occupancy, scope, audit, guards. */
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { describeOnEachEngine } from '../../testing/engines';
import { createRole, createTenant, type Tenant } from '../../testing/factories';
import { createTestApp, signIn, type Session } from '../../testing/http';
import { expectRoutesGuarded } from '../../testing/route-guards';

interface Figures {
  capacity: number;
  blocked: number;
  occupied: number;
  reserved: number;
  free: number;
  overCapacityBy: number;
}
interface Room {
  id: string;
  beds: { id: string; label: string }[];
}

describeOnEachEngine('reception centres over HTTP', (database) => {
  let app: FastifyInstance;
  let tenant: Tenant;
  let clerk: Session;
  let clerkId: string;
  beforeAll(async () => {
    app = await createTestApp(database());
    tenant = await createTenant(database().db);
    const user = await tenant.user(['registration-clerk']);
    clerkId = user.id;
    clerk = await signIn(app, user);
  });
  afterAll(async () => {
    await app.close();
  });

  const call = async <T>(method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown, status = method === 'POST' && !url.includes('/check-out') && !url.includes('/end') && !url.includes('/cancel') ? 201 : 200, session = clerk) => {
    const response = await session.request(method, url, body ?? (method === 'GET' ? undefined : {}));
    expect(response.statusCode, `${method} ${url}: ${response.body}`).toBe(status);
    return response.json<T>();
  };

  /** A centre with one unit and rooms of the given bed counts. */
  async function centre(beds: number[], type: 'reception-centre' | 'contingency-centre' = 'reception-centre') {
    const siteId = await tenant.site(type);
    const unit = await call<{ id: string }>('POST', `/api/reception/centres/${siteId}/units`, { name: 'Block A' });
    const rooms: Room[] = [];
    for (const [i, count] of beds.entries()) {
      rooms.push(await call<Room>('POST', `/api/reception/units/${unit.id}/rooms`, { name: `A${i + 1}`, purpose: 'family', beds: count }));
    }
    return { siteId, unitId: unit.id, rooms };
  }
  const figures = async (siteId: string, query = '') => (await call<{ centre: Figures }>('GET', `/api/reception/centres/${siteId}${query}`)).centre;
  const person = async (surname: string) => (await call<{ id: string }>('POST', '/api/people', { givenNames: 'Test', surname, sex: 'F', dateOfBirth: '1990', candidatesShown: 0, confirmedNew: true })).id;

  it('counts free places as capacity − blocked − occupied − reserved, and frees the place at check-out', async () => {
    const { siteId, rooms } = await centre([2, 2]);
    expect(await figures(siteId)).toMatchObject({ capacity: 4, blocked: 0, occupied: 0, reserved: 0, free: 4 });
    await call('POST', `/api/reception/centres/${siteId}/blocks`, { roomId: rooms[1]!.id, reason: 'Water damage', from: '2020-01-01' });
    const alice = await person('Alpha');
    const placed = await call<{ placement: { id: string; bedId: string }; warning: null }>('POST', '/api/reception/placements', { personId: alice, siteId, bedId: rooms[0]!.beds[0]!.id });
    expect(placed.warning).toBeNull();
    await call('POST', `/api/reception/centres/${siteId}/reservations`, { places: 1, until: new Date(Date.now() + 86_400_000).toISOString(), note: 'Family arriving' });
    expect(await figures(siteId)).toMatchObject({ capacity: 4, blocked: 2, occupied: 1, reserved: 1, free: 0, overCapacityBy: 0 });

    // A blocked bed and a taken bed are refused.
    const bob = await person('Bravo');
    expect((await clerk.post('/api/reception/placements', { personId: bob, siteId, bedId: rooms[1]!.beds[0]!.id, overCapacityReason: 'x' })).statusCode).toBe(409);
    expect((await clerk.post('/api/reception/placements', { personId: bob, siteId, bedId: rooms[0]!.beds[0]!.id, overCapacityReason: 'x' })).statusCode).toBe(409);

    await call('POST', `/api/reception/placements/${placed.placement.id}/check-out`, { reason: 'left' });
    expect(await figures(siteId)).toMatchObject({ occupied: 0, free: 1 });
    const detail = await call<{ units: { rooms: { beds: { state: string }[] }[] }[] }>('GET', `/api/reception/centres/${siteId}`);
    expect(detail.units[0]!.rooms.map((r) => r.beds.map((b) => b.state))).toEqual([['free', 'free'], ['blocked', 'blocked']]);
  });

  it('asks for a reason above capacity, never refuses with one, and warns', async () => {
    const { siteId, rooms } = await centre([1]);
    await call('POST', '/api/reception/placements', { personId: await person('Charlie'), siteId, bedId: rooms[0]!.beds[0]!.id });
    const delta = await person('Delta');
    const refused = await clerk.post('/api/reception/placements', { personId: delta, siteId });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ error: { code: 'rule_violated', fields: [{ field: 'overCapacityReason' }] } });
    const placed = await call<{ placement: { overCapacityReason: string }; warning: { code: string; overCapacityBy: number } }>('POST', '/api/reception/placements', { personId: delta, siteId, overCapacityReason: 'Night arrival, no other centre reachable' });
    expect(placed.placement.overCapacityReason).toBe('Night arrival, no other centre reachable');
    expect(placed.warning).toMatchObject({ code: 'over_capacity', overCapacityBy: 1 });
    expect(await figures(siteId)).toMatchObject({ capacity: 1, occupied: 2, free: 0, overCapacityBy: 1 });
  });

  it('keeps each person’s history: check-in, absence, service, transfer, check-out (audited)', async () => {
    const a = await centre([2]);
    const b = await centre([2]);
    const echo = await person('Echo');
    const { placement } = await call<{ placement: { id: string } }>('POST', '/api/reception/placements', { personId: echo, siteId: a.siteId, bedId: a.rooms[0]!.beds[1]!.id });
    const absence = await call<{ id: string }>('POST', `/api/reception/placements/${placement.id}/absences`, { reason: 'Hospital' });
    expect((await clerk.post(`/api/reception/placements/${placement.id}/absences`, { reason: 'again' })).statusCode).toBe(409);
    const residents = await call<{ residents: { placementId: string; absent: boolean; person: { surname: string } }[] }>('GET', `/api/reception/centres/${a.siteId}/residents`);
    expect(residents.residents).toEqual([expect.objectContaining({ placementId: placement.id, absent: true, person: expect.objectContaining({ surname: 'Echo' }) })]);
    await call('POST', `/api/reception/absences/${absence.id}/end`, {}, 200);
    await call('POST', `/api/reception/placements/${placement.id}/services`, { kind: 'counselling', note: 'First session' });
    const moved = await call<{ from: { status: string; transferredToId: string }; to: { id: string; siteId: string; transferredFromId: string } }>('POST', `/api/reception/placements/${placement.id}/transfer`, { toSiteId: b.siteId, reason: 'Family reunited' });
    expect(moved.from).toMatchObject({ status: 'ended', transferredToId: moved.to.id });
    expect(moved.to).toMatchObject({ siteId: b.siteId, transferredFromId: placement.id });
    await call('POST', `/api/reception/placements/${moved.to.id}/check-out`, { reason: 'moved-out' });

    const history = await call<{ placements: { centre: { id: string }; checkoutReason: string; absences: unknown[]; services: { kind: string; givenBy: { id: string } }[] }[] }>('GET', `/api/reception/people/${echo}/placements`);
    expect(history.placements.map((p) => [p.centre.id, p.checkoutReason])).toEqual([
      [a.siteId, 'transfer'],
      [b.siteId, 'moved-out'],
    ]);
    expect(history.placements[0]!.absences).toHaveLength(1);
    expect(history.placements[0]!.services).toEqual([expect.objectContaining({ kind: 'counselling', givenBy: expect.objectContaining({ id: clerkId }) })]);

    const entries = await database().db.select({ action: auditLog.action, fields: auditLog.fields }).from(auditLog).where(and(eq(auditLog.actorUserId, clerkId), eq(auditLog.entityId, echo)));
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['reception.check-in', 'reception.absence.start', 'reception.service.record', 'reception.transfer', 'reception.check-out', 'reception.person.placements.read']));
  });

  it('shows occupancy per day from the history and from snapshots', async () => {
    const { siteId, rooms } = await centre([3]);
    await call('POST', '/api/reception/placements', { personId: await person('Foxtrot'), siteId, bedId: rooms[0]!.beds[0]!.id });
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Bucharest' });
    const yesterday = new Date(Date.now() - 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/Bucharest' });
    const computed = await call<{ days: (Figures & { day: string; source: string })[] }>('GET', `/api/reception/occupancy/history?from=${yesterday}&to=${today}&siteId=${siteId}`);
    expect(computed.days).toEqual([expect.objectContaining({ day: yesterday, occupied: 0, capacity: 0, source: 'computed' }), expect.objectContaining({ day: today, occupied: 1, capacity: 3, free: 2, source: 'computed' })]);
    await call('POST', '/api/reception/occupancy/snapshots', {});
    const snapped = await call<{ days: (Figures & { source: string })[] }>('GET', `/api/reception/occupancy/history?from=${today}&to=${today}&siteId=${siteId}`);
    expect(snapped.days[0]).toMatchObject({ source: 'snapshot', occupied: 1, capacity: 3 });
  });

  it('keeps occupancy equal to the active placements through any sequence of check-ins, check-outs and reservations', async () => {
    const { siteId } = await centre([3]);
    const people = await Promise.all(['Golf', 'Hotel', 'India', 'Juliet'].map(person));
    const active = new Map<string, string>();
    let reserved = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom('in', 'out', 'reserve'), fc.nat(3)), { minLength: 4, maxLength: 10 }), async (steps) => {
        for (const [step, index] of steps) {
          const personId = people[index]!;
          if (step === 'in' && !active.has(personId)) {
            const r = await call<{ placement: { id: string } }>('POST', '/api/reception/placements', { personId, siteId, overCapacityReason: 'test' });
            active.set(personId, r.placement.id);
          } else if (step === 'out' && active.has(personId)) {
            await call('POST', `/api/reception/placements/${active.get(personId)!}/check-out`, { reason: 'left' });
            active.delete(personId);
          } else if (step === 'reserve') {
            await call('POST', `/api/reception/centres/${siteId}/reservations`, { places: 1, until: new Date(Date.now() + 3_600_000).toISOString(), overCapacityReason: 'test' });
            reserved += 1;
          }
          const f = await figures(siteId);
          const residents = await call<{ residents: unknown[] }>('GET', `/api/reception/centres/${siteId}/residents`);
          expect(f.occupied).toBe(active.size);
          expect(residents.residents).toHaveLength(active.size);
          expect(f.reserved).toBe(reserved);
          expect(f.free).toBeGreaterThanOrEqual(0);
          expect(f.free - f.overCapacityBy).toBe(3 - active.size - reserved);
        }
      }),
      { numRuns: 4 },
    );
  });

  it('answers 404 for a centre, placement or person history outside the caller’s sites', async () => {
    const { siteId, rooms } = await centre([1]);
    const { placement } = await call<{ placement: { id: string } }>('POST', '/api/reception/placements', { personId: await person('Kilo'), siteId, bedId: rooms[0]!.beds[0]!.id });
    const other = await tenant.site('reception-centre');
    const local = await signIn(app, await tenant.user([await createRole(database().db, ['reception.read', 'reception.manage', 'people.read'], false)], { siteIds: [other] }));
    expect((await local.get(`/api/reception/centres/${siteId}`)).statusCode).toBe(404);
    expect((await local.post(`/api/reception/placements/${placement.id}/check-out`, { reason: 'left' })).statusCode).toBe(404);
    const list = await call<{ centres: { id: string }[] }>('GET', '/api/reception/centres', undefined, 200, local);
    expect(list.centres.map((c) => c.id)).toEqual([other]);
  });

  it('guards every route with its permission', async () => {
    await expectRoutesGuarded(app, database().db, tenant, { prefix: '/api/reception', permissionPrefix: '(reception|influx)', minimum: 35 });
  });
});
