/** Unaccompanied minors over HTTP: derived flag, the list without a representative, representatives' caseload and history, age assessments, tracing, the minor label. */
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { systemContext } from '../../platform/context';
import { describeOnEachEngine } from '../../testing/engines';
import { createTestApp, signIn } from '../../testing/http';
import { linkFamily } from '../people/family';
import { call, createAsylumWorld, daysFromToday, registerApplicant, today, type AsylumWorld } from './test-fixtures';

interface Minor {
  personId: string;
  minor: boolean;
  ageSource: string | null;
  age: { min: number; max: number } | null;
  hasAdultFamilyLink: boolean;
  manualFlag: boolean | null;
  unaccompanied: boolean;
  representative: { id: string; name: string } | null;
}
interface MinorFile extends Minor {
  assessments: { method: string }[];
  tracing: { id: string; status: string; outcome: string | null }[];
  representatives: { representativeId: string; fromOn: string; toOn: string | null }[];
}
interface Representative {
  id: string;
  name: string;
  caseload: number;
}

describeOnEachEngine('unaccompanied minors over HTTP', (database) => {
  let app: FastifyInstance;
  let world: AsylumWorld;
  beforeAll(async () => {
    app = await createTestApp(database());
    world = await createAsylumWorld(app, database().db);
  });
  afterAll(async () => {
    await app.close();
  });

  const childBorn = (yearsAgo: number) => daysFromToday(-Math.round(yearsAgo * 365.25));
  const openFile = (personId: string, body: Record<string, unknown> = {}) => call<MinorFile>(world.clerk, 'POST', '/api/asylum/minors', { personId, ...body }, 201);
  const withoutRepresentative = async () => (await call<{ minors: Minor[] }>(world.clerk, 'GET', '/api/asylum/minors?view=without-representative', undefined, 200)).minors.map((m) => m.personId);
  const representative = (name: string) => call<Representative>(world.clerk, 'POST', '/api/asylum/representatives', { name, organisation: 'Romanian National Council for Refugees', contact: '+40 21 000 0000', trainedOn: daysFromToday(-100) }, 201);
  const caseloadOf = async (id: string) => (await call<{ representatives: Representative[] }>(world.clerk, 'GET', '/api/asylum/representatives', undefined, 200)).representatives.find((r) => r.id === id)!.caseload;

  it('derives an unaccompanied minor from the date of birth and the family links, and lets the clerk’s flag decide', async () => {
    const alone = await registerApplicant(database().db, { dateOfBirth: childBorn(15.5), legalStatus: null });
    const file = await openFile(alone);
    expect(file).toMatchObject({ minor: true, ageSource: 'date-of-birth', hasAdultFamilyLink: false, manualFlag: null, unaccompanied: true, representative: null });
    await call(world.clerk, 'POST', '/api/asylum/minors', { personId: alone }, 409);

    const withMother = await registerApplicant(database().db, { dateOfBirth: childBorn(12.5), legalStatus: null });
    const mother = await registerApplicant(database().db, { dateOfBirth: '1984-01-01', sex: 'F' });
    await linkFamily(systemContext(database().db, 'test'), withMother, mother, 'parent');
    expect(await openFile(withMother)).toMatchObject({ minor: true, hasAdultFamilyLink: true, unaccompanied: false });
    expect(await withoutRepresentative()).toContain(alone);
    expect(await withoutRepresentative()).not.toContain(withMother);

    // The mother is said not to be caring for the child after all.
    expect(await call<MinorFile>(world.clerk, 'PATCH', `/api/asylum/minors/${withMother}`, { unaccompanied: true }, 200)).toMatchObject({ manualFlag: true, unaccompanied: true });
    expect(await withoutRepresentative()).toContain(withMother);
    expect(await call<MinorFile>(world.clerk, 'PATCH', `/api/asylum/minors/${withMother}`, { unaccompanied: null }, 200)).toMatchObject({ manualFlag: null, unaccompanied: false });
  });

  it('takes an age assessment over the stated date of birth', async () => {
    const personId = await registerApplicant(database().db, { dateOfBirth: childBorn(16.2), legalStatus: null });
    await openFile(personId);
    await call(world.clerk, 'POST', `/api/asylum/minors/${personId}/age-assessments`, { method: 'medical', assessedOn: today(), assessedBy: 'Dr Popa' }, 400);
    await call(world.clerk, 'POST', `/api/asylum/minors/${personId}/age-assessments`, { method: 'medical', assessedOn: today(), assessedBy: 'Dr Popa', resultAge: 19, resultDateOfBirth: '2007-01-01' }, 400);
    const assessed = await call<MinorFile>(world.clerk, 'POST', `/api/asylum/minors/${personId}/age-assessments`, { method: 'bone-xray', assessedOn: daysFromToday(-3), assessedBy: 'Dr Popa, county hospital', resultAge: 19 }, 201);
    expect(assessed).toMatchObject({ minor: false, ageSource: 'assessment', age: { min: 19, max: 19 }, unaccompanied: false, assessments: [{ method: 'bone-xray' }] });
    expect(await withoutRepresentative()).not.toContain(personId);
  });

  it('assigns, reassigns and unassigns representatives, keeping the history, the caseload and the list without a representative in step', async () => {
    const personId = await registerApplicant(database().db, { dateOfBirth: childBorn(14), legalStatus: null });
    await openFile(personId);
    const ana = await representative('Ana Vasile');
    const mihai = await representative('Mihai Dobre');
    expect(await withoutRepresentative()).toContain(personId);

    const assigned = await call<MinorFile>(world.clerk, 'POST', `/api/asylum/minors/${personId}/representative`, { representativeId: ana.id, fromOn: daysFromToday(-5) }, 200);
    expect(assigned.representative).toMatchObject({ id: ana.id, name: 'Ana Vasile' });
    expect(await withoutRepresentative()).not.toContain(personId);
    expect(await caseloadOf(ana.id)).toBe(1);
    await call(world.clerk, 'POST', `/api/asylum/minors/${personId}/representative`, { representativeId: ana.id }, 409);

    const reassigned = await call<MinorFile>(world.clerk, 'POST', `/api/asylum/minors/${personId}/representative`, { representativeId: mihai.id }, 200);
    expect(reassigned.representatives).toEqual([
      expect.objectContaining({ representativeId: mihai.id, fromOn: today(), toOn: null }),
      expect.objectContaining({ representativeId: ana.id, fromOn: daysFromToday(-5), toOn: today() }),
    ]);
    expect([await caseloadOf(ana.id), await caseloadOf(mihai.id)]).toEqual([0, 1]);

    const ended = await call<MinorFile>(world.clerk, 'DELETE', `/api/asylum/minors/${personId}/representative`, undefined, 200);
    expect(ended.representative).toBeNull();
    expect(await caseloadOf(mihai.id)).toBe(0);
    expect(await withoutRepresentative()).toContain(personId);
    await call(world.clerk, 'DELETE', `/api/asylum/minors/${personId}/representative`, undefined, 422);

    await call(world.clerk, 'PATCH', `/api/asylum/representatives/${ana.id}`, { active: false }, 200);
    await call(world.clerk, 'POST', `/api/asylum/minors/${personId}/representative`, { representativeId: ana.id }, 422);
    const active = await call<{ representatives: Representative[] }>(world.clerk, 'GET', '/api/asylum/representatives?active=true', undefined, 200);
    expect(active.representatives.some((r) => r.id === ana.id)).toBe(false);

    const audit = await database().db.select().from(auditLog).where(and(eq(auditLog.entityId, personId), eq(auditLog.action, 'asylum.minor.representative.assign')));
    expect(audit).toHaveLength(2);
  });

  it('records family tracing and its outcome', async () => {
    const personId = await registerApplicant(database().db, { dateOfBirth: childBorn(10), legalStatus: null });
    await openFile(personId);
    const opened = await call<MinorFile>(world.clerk, 'POST', `/api/asylum/minors/${personId}/family-tracing`, { openedOn: today(), status: 'open', contacts: 'Red Cross Restoring Family Links, case 42' }, 201);
    const record = opened.tracing[0]!;
    const overview = await call<{ minorFile: MinorFile }>(world.clerk, 'GET', `/api/asylum/persons/${personId}`, undefined, 200);
    expect(overview.minorFile).toMatchObject({ personId, unaccompanied: true, tracing: [{ id: record.id, status: 'open' }] });
    const located = await call<MinorFile>(world.clerk, 'PATCH', `/api/asylum/family-tracing/${record.id}`, { status: 'located', outcome: 'Uncle found in Germany' }, 200);
    expect(located.tracing[0]).toMatchObject({ status: 'located', outcome: 'Uncle found in Germany' });
  });

  it('hides minors’ files from a user without the minor clearance', async () => {
    const personId = await registerApplicant(database().db, { dateOfBirth: childBorn(15), legalStatus: null });
    await openFile(personId);
    const uncleared = await signIn(app, await world.tenant.user(['registration-clerk']));
    await call(uncleared, 'GET', `/api/asylum/minors/${personId}`, undefined, 404);
    expect((await call<{ minors: Minor[] }>(uncleared, 'GET', '/api/asylum/minors', undefined, 200)).minors).toEqual([]);
    await call(uncleared, 'POST', `/api/asylum/minors/${personId}/representative`, { representativeId: (await representative('Ioana Stan')).id }, 404);
    expect((await call<{ minorFile: unknown }>(uncleared, 'GET', `/api/asylum/persons/${personId}`, undefined, 200)).minorFile).toBeNull();
  });
});
