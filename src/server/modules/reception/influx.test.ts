/** Mass influx over HTTP: plans, pre-registration keeping groups together, wristbands, completion, the board, concurrency, exercises kept apart. */
import { and, eq, inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { describeOnEachEngine } from '../../testing/engines';
import { createTenant, type Tenant } from '../../testing/factories';
import { createTestApp, signIn, type Session } from '../../testing/http';
import { influxExerciseArrivals, influxRegistrations } from './tables';

interface Registration {
  id: string;
  personId: string;
  wristband: string;
  centre: { id: string; name: string };
  bed: { id: string; label: string } | null;
  reservationId: string;
  overCapacity: boolean;
}
interface Preregistered {
  group: { id: string; size: number; centre: { id: string } };
  registrations: Registration[];
  warning: { code: string } | null;
}
const member = (name: string, age: number, sex: 'M' | 'F', triage: Partial<{ medicalUrgency: boolean; child: boolean; vulnerable: boolean }> = {}) => ({
  name,
  sex,
  approximateAge: age,
  nationality: 'SYR',
  triage: { medicalUrgency: false, child: age < 18, vulnerable: false, ...triage },
});

describeOnEachEngine('mass influx over HTTP', (database) => {
  let app: FastifyInstance;
  let tenant: Tenant;
  let admin: Session;
  let clerk: Session;
  let clerkId: string;
  beforeAll(async () => {
    app = await createTestApp(database());
    tenant = await createTenant(database().db);
    admin = await signIn(app, await tenant.user(['administrator']));
    const user = await tenant.user(['registration-clerk']);
    clerkId = user.id;
    clerk = await signIn(app, user);
  });
  afterAll(async () => {
    await app.close();
  });

  const call = async <T>(session: Session, method: 'GET' | 'POST', url: string, body?: unknown, status = method === 'POST' ? 201 : 200) => {
    const response = await session.request(method, url, body ?? (method === 'GET' ? undefined : {}));
    expect(response.statusCode, `${method} ${url}: ${response.body}`).toBe(status);
    return response.json<T>();
  };
  async function centreWithBeds(beds: number) {
    const siteId = await tenant.site('reception-centre');
    const unit = await call<{ id: string }>(admin, 'POST', `/api/reception/centres/${siteId}/units`, { name: 'Main' });
    await call(admin, 'POST', `/api/reception/units/${unit.id}/rooms`, { name: 'R1', beds });
    return siteId;
  }
  async function activePlan(bedsPerCentre: number[]) {
    const centres = [];
    for (const beds of bedsPerCentre) {
      centres.push(await centreWithBeds(beds));
    }
    const arrival = await tenant.site('contingency-centre');
    const plan = await call<{ id: string; status: string }>(admin, 'POST', '/api/reception/influx/plans', { siteId: arrival, name: 'Northern border influx', centreIds: centres });
    return { plan, centres };
  }
  const figures = async (siteId: string, query = '') => (await call<{ centre: { occupied: number; reserved: number; free: number } }>(admin, 'GET', `/api/reception/centres/${siteId}${query}`)).centre;

  it('pre-registers a family into one centre with wristbands and beds, only while the plan is active, and shows it on the board', async () => {
    const { plan, centres } = await activePlan([5, 3]);
    const family = { members: [member('Amina Haddad', 34, 'F'), member('Omar Haddad', 38, 'M'), member('Layla Haddad', 9, 'F', { vulnerable: true }), member('Yusuf Haddad', 4, 'M', { medicalUrgency: true })] };
    const inactive = await clerk.post(`/api/reception/influx/plans/${plan.id}/registrations`, family);
    expect(inactive.statusCode).toBe(422);
    await call(admin, 'POST', `/api/reception/influx/plans/${plan.id}/activate`, {}, 200);

    const first = await call<Preregistered>(clerk, 'POST', `/api/reception/influx/plans/${plan.id}/registrations`, family);
    expect(first.group).toMatchObject({ size: 4, centre: { id: centres[0] } });
    expect(new Set(first.registrations.map((r) => r.centre.id))).toEqual(new Set([centres[0]]));
    expect(new Set(first.registrations.map((r) => r.bed?.id)).size).toBe(4);
    expect(first.registrations.every((r) => /^WB-\d{7}[A-Z]$/.test(r.wristband))).toBe(true);
    expect(await figures(centres[0]!)).toMatchObject({ reserved: 4, free: 1 });

    // Three more: only the second centre has room for all three together.
    const second = await call<Preregistered>(clerk, 'POST', `/api/reception/influx/plans/${plan.id}/registrations`, { members: [member('Khaled Saleh', 30, 'M'), member('Rania Saleh', 28, 'F'), member('Noor Saleh', 2, 'F')] });
    expect(second.group.centre.id).toBe(centres[1]);
    // A later relative joins the first family's centre even though it is nearly full.
    const joined = await call<Preregistered>(clerk, 'POST', `/api/reception/influx/plans/${plan.id}/registrations`, { groupId: first.group.id, members: [member('Fatima Haddad', 66, 'F'), member('Sara Haddad', 15, 'F')] });
    expect(joined.group).toMatchObject({ id: first.group.id, size: 6, centre: { id: centres[0] } });
    expect(joined.registrations.every((r) => r.overCapacity)).toBe(true);
    expect(joined.warning).toMatchObject({ code: 'over_capacity' });

    const board = await call<{ triage: Record<string, number>; arrivalsPerHour: { count: number }[]; centres: { id: string; free: number }[]; placesLeft: number; groups: number }>(admin, 'GET', `/api/reception/influx/plans/${plan.id}/board`);
    expect(board.triage).toEqual({ total: 9, medicalUrgency: 1, child: 4, vulnerable: 1 });
    expect(board.arrivalsPerHour.reduce((s, h) => s + h.count, 0)).toBe(9);
    expect(board.placesLeft).toBe(0);
    expect(board.groups).toBe(2);

    // The wristband: QR as SVG and PNG, and the number scans back to the registration.
    const yusuf = first.registrations[3]!;
    const svg = await clerk.get(`/api/reception/influx/registrations/${yusuf.id}/wristband.svg`);
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    expect(svg.body).toContain('<svg');
    const png = await clerk.get(`/api/reception/influx/registrations/${yusuf.id}/wristband.png`);
    expect(png.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    expect((await call<Registration>(clerk, 'GET', `/api/reception/influx/wristbands/${yusuf.wristband}`)).id).toBe(yusuf.id);
    expect((await clerk.get(`/api/reception/influx/wristbands/${yusuf.wristband.slice(0, -1)}Z`)).statusCode).toBeGreaterThanOrEqual(400);

    // Arrival at the centre: the reservation becomes a placement on the reserved bed.
    const checkIn = await call<{ placement: { bedId: string } }>(clerk, 'POST', '/api/reception/placements', { personId: yusuf.personId, siteId: centres[0], reservationId: yusuf.reservationId });
    expect(checkIn.placement.bedId).toBe(yusuf.bed!.id);
    expect(await figures(centres[0]!)).toMatchObject({ occupied: 1, reserved: 5 });

    await call(admin, 'POST', `/api/reception/influx/plans/${plan.id}/deactivate`, {}, 200);
    expect((await clerk.post(`/api/reception/influx/plans/${plan.id}/registrations`, { members: [member('After Closing', 30, 'M')] })).statusCode).toBe(422);

    const audits = await database().db.select({ entityId: auditLog.entityId }).from(auditLog).where(and(eq(auditLog.actorUserId, clerkId), eq(auditLog.action, 'influx.preregister')));
    expect(audits.map((a) => a.entityId)).toEqual(expect.arrayContaining(first.registrations.map((r) => r.personId)));
  });

  it('completes the same person record at full registration and looks for the same person in the registry', async () => {
    const { plan } = await activePlan([2]);
    await call(admin, 'POST', `/api/reception/influx/plans/${plan.id}/activate`, {}, 200);
    const known = await call<{ id: string }>(clerk, 'POST', '/api/people', { givenNames: 'Mustafa', surname: 'Rahimi', sex: 'M', dateOfBirth: '1991-04-02', nationalities: ['AFG'], candidatesShown: 0, confirmedNew: true });
    const { registrations } = await call<Preregistered>(clerk, 'POST', `/api/reception/influx/plans/${plan.id}/registrations`, { members: [{ ...member('Mustafa Rahimi', 35, 'M'), nationality: 'AFG' }] });
    const personId = registrations[0]!.personId;
    const before = await call<{ version: number; dateOfBirthEstimated: boolean }>(clerk, 'GET', `/api/people/${personId}`);
    expect(before.dateOfBirthEstimated).toBe(true);
    const completed = await call<{ person: { id: string; dateOfBirth: string }; candidates: { person: { id: string } }[]; registration: { completedAt: string } }>(
      clerk,
      'POST',
      `/api/reception/influx/registrations/${registrations[0]!.id}/complete`,
      { version: before.version, person: { dateOfBirth: '1991-04-02', dateOfBirthEstimated: false, languages: ['prs'] } },
      200,
    );
    expect(completed.person).toMatchObject({ id: personId, dateOfBirth: '1991-04-02' });
    expect(completed.registration.completedAt).toBeTruthy();
    expect(completed.candidates.map((c) => c.person.id)).toContain(known.id);
    expect(completed.candidates.map((c) => c.person.id)).not.toContain(personId);
  });

  it('never double-books the last bed when two requests take it at the same moment', async () => {
    const { plan, centres } = await activePlan([1]);
    await call(admin, 'POST', `/api/reception/influx/plans/${plan.id}/activate`, {}, 200);
    const [a, b] = await Promise.all([
      clerk.post(`/api/reception/influx/plans/${plan.id}/registrations`, { members: [member('Ali Kadhim', 40, 'M')] }),
      clerk.post(`/api/reception/influx/plans/${plan.id}/registrations`, { members: [member('Huda Kadhim', 39, 'F')] }),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    const beds = [a, b].map((r) => r.json<Preregistered>().registrations[0]!.bed);
    expect(beds.filter((bed) => bed !== null)).toHaveLength(1);
    expect([a, b].map((r) => r.json<Preregistered>().registrations[0]!.overCapacity).sort()).toEqual([false, true]);

    // Two check-ins naming the same free bed: one wins, the other is told the bed is taken.
    const bedSite = await centreWithBeds(1);
    const detail = await call<{ units: { rooms: { beds: { id: string }[] }[] }[] }>(admin, 'GET', `/api/reception/centres/${bedSite}`);
    const bedId = detail.units[0]!.rooms[0]!.beds[0]!.id;
    const people = await Promise.all(['Zaid', 'Aya'].map(async (g) => (await call<{ id: string }>(clerk, 'POST', '/api/people', { givenNames: g, surname: 'Jassim', sex: 'U', candidatesShown: 0, confirmedNew: true })).id));
    const results = await Promise.all(people.map((personId) => clerk.post('/api/reception/placements', { personId, siteId: bedSite, bedId, overCapacityReason: 'test' })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect((await figures(centres[0]!)).reserved).toBe(2);
  });

  it('runs an exercise through the same services in a dataset real lists, counts and searches never see', async () => {
    const { plan, centres } = await activePlan([10, 10]);
    const before = await Promise.all(centres.map((id) => figures(id)));
    const exercise = await call<{ id: string; status: string; people: number; registered: number }>(admin, 'POST', '/api/reception/influx/exercises', {
      planId: plan.id,
      name: 'Spring drill',
      people: 30,
      minutes: 20,
      seed: 7,
      mode: 'auto',
      clerks: 2,
      secondsPerPerson: 30,
    });
    expect(exercise).toMatchObject({ status: 'finished', people: 30, registered: 30 });
    const report = await call<{ people: number; waits: { arrivalToPreregistered: { p50: number; p95: number } }; throughputPerHour: number; centres: { allocated: number }[] }>(admin, 'GET', `/api/reception/influx/exercises/${exercise.id}/report`);
    expect(report.people).toBe(30);
    expect(report.waits.arrivalToPreregistered.p50).toBeGreaterThanOrEqual(30);
    expect(report.waits.arrivalToPreregistered.p95).toBeGreaterThanOrEqual(report.waits.arrivalToPreregistered.p50);
    expect(report.throughputPerHour).toBeGreaterThan(0);
    expect(report.centres.reduce((s, c) => s + c.allocated, 0)).toBe(30);

    // Real figures, lists, the board and people search are untouched…
    expect(await Promise.all(centres.map((id) => figures(id)))).toEqual(before);
    expect((await call<{ registrations: unknown[] }>(clerk, 'GET', `/api/reception/influx/plans/${plan.id}/registrations`)).registrations).toHaveLength(0);
    expect((await call<{ triage: { total: number } }>(admin, 'GET', `/api/reception/influx/plans/${plan.id}/board`)).triage.total).toBe(0);
    const rows = await database().db.select().from(influxRegistrations).where(eq(influxRegistrations.exerciseId, exercise.id));
    const someone = rows[0]!;
    const search = await call<{ results: { person: { id: string } }[] }>(clerk, 'GET', `/api/people/search?q=${encodeURIComponent(someone.nameAsGiven)}`);
    expect(search.results.map((r) => r.person.id)).not.toContain(someone.personId);
    const national = await call<{ national: { reserved: number } }>(admin, 'GET', '/api/reception/occupancy');
    const nationalInExercise = await call<{ national: { reserved: number } }>(admin, 'GET', `/api/reception/occupancy?exerciseId=${exercise.id}`);
    expect(nationalInExercise.national.reserved - national.national.reserved).toBe(30);

    // …while the exercise sees its own.
    expect((await call<{ registrations: unknown[] }>(clerk, 'GET', `/api/reception/influx/plans/${plan.id}/registrations?exerciseId=${exercise.id}&limit=100`)).registrations).toHaveLength(30);
    expect((await call<{ triage: { total: number } }>(admin, 'GET', `/api/reception/influx/plans/${plan.id}/board?exerciseId=${exercise.id}&hours=72`)).triage.total).toBe(30);
    const persons = await database().db.select({ personId: influxRegistrations.personId }).from(influxRegistrations).where(and(eq(influxRegistrations.exerciseId, exercise.id), inArray(influxRegistrations.personId, rows.map((r) => r.personId))));
    expect(persons).toHaveLength(30);
  });

  it('lets clerks work a manual exercise queue from the screens, and only administrators start exercises', async () => {
    const { plan } = await activePlan([5]);
    expect((await clerk.post('/api/reception/influx/exercises', { planId: plan.id, name: 'x', people: 3, minutes: 1, mode: 'manual' })).statusCode).toBe(403);
    const exercise = await call<{ id: string }>(admin, 'POST', '/api/reception/influx/exercises', { planId: plan.id, name: 'Desk drill', people: 3, minutes: 1, seed: 3, mode: 'manual', familyShare: 0, minorShare: 0 });
    // The simulated arrivals come within the minute; move them into the past rather than wait.
    await database().db.update(influxExerciseArrivals).set({ arrivesAt: new Date(Date.now() - 120_000) }).where(eq(influxExerciseArrivals.exerciseId, exercise.id));
    const waiting = await call<{ arrivals: { id: string; name: string; sex: 'M' | 'F'; approximateAge: number }[] }>(clerk, 'GET', `/api/reception/influx/exercises/${exercise.id}/arrivals`);
    expect(waiting.arrivals).toHaveLength(3);
    const done: Preregistered[] = [];
    for (const arrival of waiting.arrivals) {
      done.push(await call<Preregistered>(clerk, 'POST', `/api/reception/influx/plans/${plan.id}/registrations`, { exerciseId: exercise.id, members: [{ ...member(arrival.name, arrival.approximateAge, arrival.sex), arrivalId: arrival.id }] }));
    }
    expect(done.every((d) => /^XB-/.test(d.registrations[0]!.wristband))).toBe(true);
    expect((await call<{ arrivals: unknown[] }>(clerk, 'GET', `/api/reception/influx/exercises/${exercise.id}/arrivals`)).arrivals).toHaveLength(0);
    const report = await call<{ waits: { arrivalToPreregistered: { p50: number } } }>(admin, 'GET', `/api/reception/influx/exercises/${exercise.id}/report`);
    expect(report.waits.arrivalToPreregistered.p50).toBeGreaterThanOrEqual(100);
    // An exercise person is checked in with the exercise reservation, and the placement stays in the exercise.
    const first = done[0]!.registrations[0]!;
    expect((await clerk.post('/api/reception/placements', { personId: first.personId, siteId: first.centre.id })).statusCode).toBe(400);
    const placed = await call<{ placement: { exerciseId: string } }>(clerk, 'POST', '/api/reception/placements', { personId: first.personId, siteId: first.centre.id, reservationId: first.reservationId });
    expect(placed.placement.exerciseId).toBe(exercise.id);
    expect(await figures(first.centre.id)).toMatchObject({ occupied: 0, reserved: 0 });
    const finished = await call<{ status: string; registered: number }>(admin, 'POST', `/api/reception/influx/exercises/${exercise.id}/finish`, {}, 200);
    expect(finished).toMatchObject({ status: 'finished', registered: 3 });
    expect((await clerk.post(`/api/reception/influx/plans/${plan.id}/registrations`, { exerciseId: exercise.id, members: [member('Late Comer', 30, 'M')] })).statusCode).toBe(400);
  });
});
