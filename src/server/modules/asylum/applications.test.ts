/** Asylum applications over HTTP: lodging, every step and refusal of the state machine, legal status, deadlines, settings, audit, guards. */
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { describeOnEachEngine } from '../../testing/engines';
import { createRole } from '../../testing/factories';
import { createTestApp, signIn } from '../../testing/http';
import { expectRoutesGuarded } from '../../testing/route-guards';
import { addDays, addMonths } from './deadlines';
import { call, createAsylumWorld, daysFromToday, registerApplicant, today, type AsylumWorld } from './test-fixtures';

interface Application {
  id: string;
  number: string;
  status: string;
  decisionDueOn: string;
  appealDueOn: string | null;
  notifiedOn: string | null;
  decision: { outcome: string; decidedBy: { name: string } } | null;
  interviews: { interpreterLanguage: string | null; interpreterLanguageName: string | null }[];
  appeals: { outcome: string | null }[];
  deadlines: { kind: string; dueOn: string; state: string }[];
  history: { action: string; fromStatus: string | null; toStatus: string }[];
  can: Record<string, boolean>;
  person: { legalStatus: string | null };
}
interface ErrorBody {
  error: { code: string; message: string; fields?: { field: string }[] };
}

describeOnEachEngine('asylum applications over HTTP', (database) => {
  let app: FastifyInstance;
  let world: AsylumWorld;
  beforeAll(async () => {
    app = await createTestApp(database());
    world = await createAsylumWorld(app, database().db);
  });
  afterAll(async () => {
    await app.close();
  });

  const lodge = async (personId: string, lodgedOn = daysFromToday(-40)) => call<Application>(world.clerk, 'POST', '/api/asylum/applications', { personId, lodgedOn, siteId: world.site }, 201);
  const url = (a: { id: string }, step = '') => `/api/asylum/applications/${a.id}${step}`;
  const legalStatusOf = async (personId: string) => (await call<{ legalStatus: string }>(world.officer, 'GET', `/api/people/${personId}`, undefined, 200)).legalStatus;
  const interviewed = async (personId: string, lodgedOn = daysFromToday(-40)) => {
    const application = await lodge(personId, lodgedOn);
    return call<Application>(world.clerk, 'POST', url(application, '/interviews'), { heldOn: addDays(lodgedOn, 5), interviewer: 'Ioana Marin', interpreterLanguage: 'prs' }, 201);
  };

  it('lodges an application, makes the person an asylum seeker, sets the decision deadline and refuses a second open one', async () => {
    const personId = await registerApplicant(database().db);
    const lodgedOn = daysFromToday(-10);
    const application = await lodge(personId, lodgedOn);
    expect(application).toMatchObject({ status: 'lodged', decisionDueOn: addMonths(lodgedOn, 6), person: { legalStatus: 'asylum-seeker' } });
    expect(application.number).toMatch(/^AS-\d{4}-\d{6}$/);
    expect(application.deadlines).toEqual([expect.objectContaining({ kind: 'decision', dueOn: addMonths(lodgedOn, 6), state: 'ok' })]);
    expect(application.can).toMatchObject({ interview: true, decide: false, appeal: false });
    expect(await legalStatusOf(personId)).toBe('asylum-seeker');

    const second = await call<ErrorBody>(world.clerk, 'POST', '/api/asylum/applications', { personId, lodgedOn, siteId: world.site }, 409);
    expect(second.error.message).toContain(application.number);
    await call(world.clerk, 'POST', '/api/asylum/applications', { personId: await registerApplicant(database().db), lodgedOn: daysFromToday(1), siteId: world.site }, 400);

    const audit = await database().db.select().from(auditLog).where(and(eq(auditLog.entityId, application.id), eq(auditLog.action, 'asylum.application.lodge')));
    expect(audit).toHaveLength(1);
  });

  it('lets only one of two clerks lodging for the same person at the same moment succeed', async () => {
    const personId = await registerApplicant(database().db);
    const body = { personId, lodgedOn: today(), siteId: world.site };
    const responses = await Promise.all([world.clerk.post('/api/asylum/applications', body), world.officer.post('/api/asylum/applications', body)]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
  });

  it('goes through interview, rejection, notification, appeal and a grant on appeal, updating the legal status and keeping the history', async () => {
    const personId = await registerApplicant(database().db);
    const bad = await lodge(personId);
    const wrongLanguage = await call<ErrorBody>(world.clerk, 'POST', url(bad, '/interviews'), { heldOn: daysFromToday(-30), interviewer: 'Ioana Marin', interpreterLanguage: 'xqz' }, 400);
    expect(wrongLanguage.error.fields?.[0]?.field).toBe('interpreterLanguage');
    const afterInterview = await call<Application>(world.clerk, 'POST', url(bad, '/interviews'), { heldOn: daysFromToday(-30), interviewer: 'Ioana Marin', interpreterLanguage: 'prs', notes: 'Fled in 2025' }, 201);
    expect(afterInterview.status).toBe('interviewed');
    expect(afterInterview.interviews[0]).toMatchObject({ interpreterLanguage: 'prs', interpreterLanguageName: 'Dari' });

    // A clerk cannot decide; the officer can.
    await call(world.clerk, 'POST', url(bad, '/decision'), { outcome: 'rejected', decidedOn: daysFromToday(-5) }, 403);
    const notified = daysFromToday(-3);
    const rejected = await call<Application>(world.officer, 'POST', url(bad, '/decision'), { outcome: 'rejected', decidedOn: daysFromToday(-5), notifiedOn: notified }, 200);
    expect(rejected).toMatchObject({ status: 'rejected', notifiedOn: notified, appealDueOn: addDays(notified, 10), decision: { outcome: 'rejected' } });
    expect(rejected.deadlines).toEqual([expect.objectContaining({ kind: 'appeal', state: 'due' })]);
    expect(await legalStatusOf(personId)).toBe('asylum-seeker');

    const appealed = await call<Application>(world.clerk, 'POST', url(bad, '/appeals'), { lodgedOn: daysFromToday(-1), court: 'Bucharest Tribunal' }, 201);
    expect(appealed.status).toBe('appealed');
    const granted = await call<Application>(world.officer, 'POST', url(bad, '/appeal-outcome'), { outcome: 'granted-refugee', decidedOn: today() }, 200);
    expect(granted).toMatchObject({ status: 'granted-refugee', person: { legalStatus: 'refugee' }, appeals: [{ outcome: 'granted-refugee' }] });
    expect(await legalStatusOf(personId)).toBe('refugee');
    expect(granted.history.map((h) => `${h.action}:${h.fromStatus ?? ''}>${h.toStatus}`)).toEqual([
      'lodged:>lodged',
      'interview:lodged>interviewed',
      'decide:interviewed>rejected',
      'appeal:rejected>appealed',
      'appeal-outcome:appealed>granted-refugee',
    ]);
    expect(Object.values(granted.can).some(Boolean)).toBe(false);
    const audit = await database().db.select().from(auditLog).where(eq(auditLog.entityId, bad.id));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['asylum.application.decide', 'asylum.application.appeal-outcome']));
    const statusAudit = await database().db.select().from(auditLog).where(and(eq(auditLog.entityId, personId), eq(auditLog.action, 'person.legal-status')));
    expect(statusAudit.length).toBe(2);
  });

  it('refuses every step its status does not allow, with 409 naming the status', async () => {
    const lodged = await lodge(await registerApplicant(database().db));
    const refusals: [string, unknown, string][] = [
      ['/decision', { outcome: 'rejected', decidedOn: today() }, 'lodged'],
      ['/appeals', { lodgedOn: today() }, 'lodged'],
      ['/appeal-outcome', { outcome: 'dismissed', decidedOn: today() }, 'lodged'],
      ['/notification', { notifiedOn: today() }, 'lodged'],
      ['/closure', { closedOn: today() }, 'lodged'],
    ];
    for (const [step, body, status] of refusals) {
      const session = step === '/decision' || step === '/appeal-outcome' ? world.officer : world.clerk;
      const refused = await call<ErrorBody>(session, 'POST', url(lodged, step), body, 409);
      expect(refused.error).toMatchObject({ code: 'conflict', fields: [{ field: 'status' }] });
      expect(refused.error.message).toContain(status);
    }
    const refugee = await interviewed(await registerApplicant(database().db));
    await call(world.officer, 'POST', url(refugee, '/decision'), { outcome: 'granted-refugee', decidedOn: today() }, 200);
    await call(world.clerk, 'POST', url(refugee, '/interviews'), { heldOn: today(), interviewer: 'X' }, 409);
    await call(world.officer, 'POST', url(refugee, '/decision'), { outcome: 'rejected', decidedOn: today() }, 409);
    await call(world.clerk, 'POST', url(refugee, '/appeals'), { lodgedOn: today() }, 409);
  });

  it('refuses a late appeal and an early closure, closes a final rejection to the configured status, then allows a new application', async () => {
    const personId = await registerApplicant(database().db);
    const application = await interviewed(personId, daysFromToday(-90));
    const notified = daysFromToday(-20);
    await call(world.officer, 'POST', url(application, '/decision'), { outcome: 'rejected', decidedOn: daysFromToday(-21) }, 200);
    await call(world.clerk, 'POST', url(application, '/closure'), { closedOn: today() }, 422);
    const withNotice = await call<Application>(world.clerk, 'POST', url(application, '/notification'), { notifiedOn: notified }, 200);
    expect(withNotice.appealDueOn).toBe(addDays(notified, 10));
    expect(withNotice.deadlines[0]).toMatchObject({ kind: 'appeal', state: 'overdue' });
    expect(withNotice.can).toMatchObject({ appeal: false, close: true, notify: false });
    await call(world.clerk, 'POST', url(application, '/notification'), { notifiedOn: notified }, 422);
    const late = await call<ErrorBody>(world.clerk, 'POST', url(application, '/appeals'), { lodgedOn: today() }, 422);
    expect(late.error.message).toContain(addDays(notified, 10));
    await call(world.clerk, 'POST', url(application, '/closure'), { closedOn: addDays(notified, 10) }, 422);
    const closed = await call<Application>(world.clerk, 'POST', url(application, '/closure'), { closedOn: today() }, 200);
    expect(closed.status).toBe('closed');
    expect(await legalStatusOf(personId)).toBe('irregular');
    expect((await lodge(personId, today())).status).toBe('lodged');
  });

  it('records subsidiary protection, a withdrawal, and a remittal that clears the decision for a new one', async () => {
    const subsidiaryPerson = await registerApplicant(database().db);
    const subsidiary = await interviewed(subsidiaryPerson);
    await call(world.officer, 'POST', url(subsidiary, '/decision'), { outcome: 'granted-subsidiary', decidedOn: today(), notifiedOn: today() }, 200);
    expect(await legalStatusOf(subsidiaryPerson)).toBe('subsidiary-protection');
    await call(world.clerk, 'POST', url(subsidiary, '/appeals'), { lodgedOn: today() }, 201);
    const kept = await call<Application>(world.officer, 'POST', url(subsidiary, '/appeal-outcome'), { outcome: 'dismissed', decidedOn: today() }, 200);
    expect(kept.status).toBe('granted-subsidiary');
    expect(kept.can.appeal).toBe(false);
    await call(world.clerk, 'POST', url(subsidiary, '/appeals'), { lodgedOn: today() }, 422);
    expect(await legalStatusOf(subsidiaryPerson)).toBe('subsidiary-protection');

    const withdrawnPerson = await registerApplicant(database().db);
    const withdrawn = await call<Application>(world.officer, 'POST', url(await lodge(withdrawnPerson), '/decision'), { outcome: 'withdrawn', decidedOn: today() }, 200);
    expect(withdrawn.status).toBe('withdrawn');
    expect(await legalStatusOf(withdrawnPerson)).toBe('irregular');

    const remitted = await interviewed(await registerApplicant(database().db));
    await call(world.officer, 'POST', url(remitted, '/decision'), { outcome: 'rejected', decidedOn: daysFromToday(-2), notifiedOn: daysFromToday(-1) }, 200);
    await call(world.clerk, 'POST', url(remitted, '/appeals'), { lodgedOn: today() }, 201);
    const back = await call<Application>(world.officer, 'POST', url(remitted, '/appeal-outcome'), { outcome: 'remitted', decidedOn: today() }, 200);
    expect(back).toMatchObject({ status: 'interviewed', decision: null, notifiedOn: null, appealDueOn: null, decisionDueOn: addMonths(today(), 6) });
    expect((await call<Application>(world.officer, 'POST', url(remitted, '/decision'), { outcome: 'rejected', decidedOn: today() }, 200)).status).toBe('rejected');
    expect((await call<Application>(world.clerk, 'GET', url(remitted), undefined, 200)).can.appeal).toBe(true);
  });

  it('lists the deadlines due and overdue, and applies changed national rules to new events only', async () => {
    const overdue = await lodge(await registerApplicant(database().db), addMonths(daysFromToday(-3), -6));
    const dueAppeal = await interviewed(await registerApplicant(database().db), daysFromToday(-60));
    await call(world.officer, 'POST', url(dueAppeal, '/decision'), { outcome: 'rejected', decidedOn: daysFromToday(-5), notifiedOn: daysFromToday(-4) }, 200);
    const far = await lodge(await registerApplicant(database().db), today());

    const all = await call<{ deadlines: { applicationId: string; kind: string; state: string; daysLeft: number }[] }>(world.clerk, 'GET', '/api/asylum/deadlines', undefined, 200);
    expect(all.deadlines.find((d) => d.applicationId === overdue.id)).toMatchObject({ kind: 'decision', state: 'overdue', daysLeft: -3 });
    expect(all.deadlines.find((d) => d.applicationId === dueAppeal.id)).toMatchObject({ kind: 'appeal', state: 'due', daysLeft: 6 });
    expect(all.deadlines.some((d) => d.applicationId === far.id)).toBe(false);
    const onlyOverdue = await call<{ deadlines: { state: string; applicationId: string }[] }>(world.clerk, 'GET', '/api/asylum/deadlines?state=overdue', undefined, 200);
    expect(onlyOverdue.deadlines.every((d) => d.state === 'overdue')).toBe(true);
    expect(onlyOverdue.deadlines.some((d) => d.applicationId === dueAppeal.id)).toBe(false);

    const rules = { decisionDueMonths: 6, appealDeadlineDays: 30, dueSoonDays: 14, followUpDueDays: 7, statusAfterFinalRejection: 'irregular' };
    await call(world.clerk, 'PUT', '/api/asylum/settings', rules, 403);
    try {
      expect(await call(world.officer, 'PUT', '/api/asylum/settings', rules, 200)).toMatchObject({ appealDeadlineDays: 30, can: { edit: true } });
      const later = await interviewed(await registerApplicant(database().db));
      const rejected = await call<Application>(world.officer, 'POST', url(later, '/decision'), { outcome: 'rejected', decidedOn: today(), notifiedOn: today() }, 200);
      expect(rejected.appealDueOn).toBe(addDays(today(), 30));
      expect((await call<Application>(world.clerk, 'GET', url(dueAppeal), undefined, 200)).appealDueOn).toBe(addDays(daysFromToday(-4), 10));
    } finally {
      await call(world.officer, 'PUT', '/api/asylum/settings', { ...rules, appealDeadlineDays: 10 }, 200);
    }
  });

  it('asks a decider without people.write for it, lists applications with can, and hides them from a caller of another organisation', async () => {
    const decider = await signIn(app, await world.tenant.user([await createRole(database().db, ['reception.read', 'reception.manage', 'asylum.decide'])]));
    const application = await interviewed(await registerApplicant(database().db));
    const refused = await call<ErrorBody>(decider, 'POST', url(application, '/decision'), { outcome: 'granted-refugee', decidedOn: today() }, 403);
    expect(refused.error.message).toContain('people.write');
    const list = await call<{ applications: { id: string }[]; total: number; can: { lodge: boolean } }>(world.clerk, 'GET', `/api/asylum/applications?q=${application.number}`, undefined, 200);
    expect(list.applications.map((a) => a.id)).toEqual([application.id]);
    expect(list.can.lodge).toBe(true);

    const { createTenant } = await import('../../testing/factories');
    const other = await createTenant(database().db, 'ngo');
    const outsider = await signIn(app, await other.user([await createRole(database().db, ['reception.read'], false)]));
    await call(outsider, 'GET', url(application), undefined, 404);
    expect((await call<{ applications: unknown[] }>(outsider, 'GET', '/api/asylum/applications', undefined, 200)).applications).toEqual([]);
  });

  it('guards every route by its permission', async () => {
    await expectRoutesGuarded(app, database().db, world.tenant, { prefix: '/api/asylum/', permissionPrefix: '(reception|asylum)', minimum: 30 });
  });
});
