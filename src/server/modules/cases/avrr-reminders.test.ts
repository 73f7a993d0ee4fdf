/** AVRR walked to departure by a recorded exit crossing; statistics; reminders firing on deadlines with a controllable clock. */
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemContext } from '../../platform/context';
import { describeOnEachEngine } from '../../testing/engines';
import { createTenant, type Tenant } from '../../testing/factories';
import { createTestApp, signIn, type Session } from '../../testing/http';
import { crossingBody } from '../border/test-fixtures';
import { runCaseReminders } from './reminders';
import { caseSettings, configureCases } from './settings';
import { caseReminders } from './tables';
import { createPerson, expectGet, expectPost } from './test-fixtures';

interface Detail {
  id: string;
  state: string;
  data: Record<string, unknown>;
  history: { kind: string; toState: string | null; detail: Record<string, unknown> }[];
  tasks: { id: string; code: string | null; dueAt: string; status: string }[];
  checklist: { item: string; status: string }[];
}

const DAY = 86_400_000;
const CHECKLIST = [
  'travel-document',
  'medical-fitness',
  'ticket',
  'pocket-money',
  'escort',
  'transit-assistance',
  'arrival-assistance',
];

describeOnEachEngine('AVRR departure and reminders', (database) => {
  let app: FastifyInstance;
  let iom: Tenant;
  let caseworker: Session;
  let borderOfficer: Session;
  let bcp: string;

  beforeAll(async () => {
    const db = database().db;
    app = await createTestApp(database());
    iom = await createTenant(db, 'international-organisation');
    caseworker = await signIn(app, await iom.user(['caseworker']));
    const borderPolice = await createTenant(db, 'border-police');
    bcp = await borderPolice.site('bcp', { mode: 'land', lanes: ['A1'] });
    borderOfficer = await signIn(app, await borderPolice.user(['border-officer'], { siteIds: [bcp] }));
  });
  afterAll(async () => {
    await app.close();
  });

  const move = (caseId: string, to: string, data?: Record<string, unknown>) =>
    expectPost<Detail>(
      caseworker,
      `/api/cases/${caseId}/transitions`,
      { to, ...(data ? { data } : {}) },
      200,
    );

  async function avrrCaseBeforeDeparture(options: {
    completeChecklist: boolean;
    vulnerabilities?: string[];
  }) {
    const personId = await createPerson(database().db);
    const created = await expectPost<Detail>(caseworker, '/api/cases', {
      type: 'avrr',
      title: 'Voluntary return to Nigeria',
      persons: [{ personId, role: 'principal' }],
      data: { vulnerabilities: options.vulnerabilities ?? ['medical-condition'] },
    });
    await move(created.id, 'counselling');
    await move(created.id, 'eligibility', { countryOfReturn: 'NGA' });
    await move(created.id, 'pre-departure', { eligibilityDecision: 'eligible' });
    for (const item of CHECKLIST.slice(0, options.completeChecklist ? CHECKLIST.length : 3)) {
      await caseworker.request('PUT', `/api/cases/${created.id}/checklist/${item}`, {
        status: item === 'escort' ? 'not-needed' : 'done',
      });
    }
    await expectPost(caseworker, `/api/cases/${created.id}/services`, {
      kind: 'in-kind-assistance',
      description: 'Small business kit',
      deliveredOn: '2026-01-20',
      amount: 1500,
      currency: 'EUR',
    });
    return { caseId: created.id, personId };
  }

  const exitOf = (personId: string, direction = 'exit') =>
    expectPost<{ crossing: { id: string } }>(borderOfficer, '/api/border/crossings', {
      ...crossingBody(bcp, { direction }),
      traveller: { personId },
    });

  it('confirms departure when the person’s exit crossing is recorded, only with the checklist complete', async () => {
    const ready = await avrrCaseBeforeDeparture({ completeChecklist: true });
    expect(
      (await caseworker.post(`/api/cases/${ready.caseId}/transitions`, { to: 'departed' })).statusCode,
    ).toBe(422); // no departure date yet
    await exitOf(ready.personId, 'entry'); // an entry does nothing
    expect((await expectGet<Detail>(caseworker, `/api/cases/${ready.caseId}`)).state).toBe('pre-departure');
    const crossing = await exitOf(ready.personId);
    const departed = await expectGet<Detail>(caseworker, `/api/cases/${ready.caseId}`);
    expect(departed.state).toBe('departed');
    expect(departed.data).toMatchObject({
      departureCrossingId: crossing.crossing.id,
      departureDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(departed.history.at(-1)).toMatchObject({
      kind: 'departure-confirmed',
      toState: 'departed',
      detail: { crossingId: crossing.crossing.id },
    });
    expect(departed.tasks.map((t) => t.code)).toContain('reintegration-plan');

    const incomplete = await avrrCaseBeforeDeparture({
      completeChecklist: false,
      vulnerabilities: ['elderly', 'disability'],
    });
    await exitOf(incomplete.personId);
    const waiting = await expectGet<Detail>(caseworker, `/api/cases/${incomplete.caseId}`);
    expect(waiting.state).toBe('pre-departure');
    expect(waiting.history.at(-1)).toMatchObject({ kind: 'exit-crossing-seen' });

    const stats = await expectGet<{
      rows: {
        countryOfReturn: string;
        vulnerability: string;
        cases: number;
        departed: number;
        inKindAmounts: Record<string, number>;
      }[];
      totals: { cases: number; departed: number };
    }>(caseworker, '/api/cases/avrr/statistics');
    expect(stats.rows).toEqual(
      expect.arrayContaining([
        {
          countryOfReturn: 'NGA',
          vulnerability: 'medical-condition',
          cases: 1,
          departed: 1,
          inKindAmounts: { EUR: 1500 },
        },
        {
          countryOfReturn: 'NGA',
          vulnerability: 'elderly',
          cases: 1,
          departed: 0,
          inKindAmounts: { EUR: 1500 },
        },
        {
          countryOfReturn: 'NGA',
          vulnerability: 'disability',
          cases: 1,
          departed: 0,
          inKindAmounts: { EUR: 1500 },
        },
      ]),
    );
    expect(stats.totals).toMatchObject({ cases: 2, departed: 1 });
  });

  it('fires a reminder before and an overdue reminder after a deadline, once each, on the controllable clock', async () => {
    const agency = await createTenant(database().db, 'anti-trafficking-agency');
    const officer = await signIn(
      app,
      await agency.user(['anti-trafficking-officer'], { clearances: ['trafficking'] }),
    );
    const personId = await createPerson(database().db);
    const created = await expectPost<Detail>(officer, '/api/cases', {
      type: 'trafficking',
      title: 'Identified at the airport',
      persons: [{ personId, role: 'victim' }],
    });
    await expectPost(officer, `/api/cases/${created.id}/transitions`, { to: 'identification' }, 200);
    const previous = caseSettings();
    configureCases({ reflectionDaysNational: 45 });
    const identified = await expectPost<Detail>(
      officer,
      `/api/cases/${created.id}/transitions`,
      {
        to: 'reflection-period',
        data: {
          vic_TraffickingStatus: 'PossibleVictimOfTrafficking',
          vic_TraffickingStatusDecisionMakingOrg: 'Police',
          foreignVictim: false,
        },
      },
      200,
    );
    configureCases(previous);
    const expectedDay = new Date(Date.now() + 45 * DAY).toLocaleDateString('en-CA', {
      timeZone: 'Europe/Bucharest',
    });
    expect(identified.data.reflectionPeriodEndsOn).toBe(expectedDay);
    const deadline = identified.tasks.find((t) => t.code === 'reflection-period-ends')!;
    const due = new Date(deadline.dueAt).getTime();

    const at = (time: number) => ({
      ...systemContext(database().db, 'test-clock'),
      now: () => new Date(time),
    });
    const remindersOf = async () =>
      (await database().db.select().from(caseReminders).where(eq(caseReminders.taskId, deadline.id)))
        .map((r) => r.kind)
        .sort();

    await runCaseReminders(at(due - 15 * DAY));
    expect(await remindersOf()).toEqual([]);
    await runCaseReminders(at(due - 14 * DAY + 60_000));
    expect(await remindersOf()).toEqual(['due-soon']);
    await runCaseReminders(at(due - 13 * DAY));
    expect(await remindersOf()).toEqual(['due-soon']);
    await runCaseReminders(at(due + 60_000));
    expect(await remindersOf()).toEqual(['due-soon', 'overdue']);
    await runCaseReminders(at(due + 2 * DAY));
    expect(await remindersOf()).toEqual(['due-soon', 'overdue']);

    const home = await expectGet<{
      reminders: { id: string; kind: string; task: { id: string } }[];
      myCases: { id: string }[];
    }>(officer, '/api/cases/home');
    expect(home.myCases.map((c) => c.id)).toContain(created.id);
    const mine = home.reminders.filter((r) => r.task.id === deadline.id);
    expect(mine.map((r) => r.kind).sort()).toEqual(['due-soon', 'overdue']);
    await expectPost(officer, `/api/cases/reminders/${mine[0]!.id}/read`, {}, 200);
    const after = await expectGet<{ reminders: { id: string }[] }>(officer, '/api/cases/home');
    expect(after.reminders.map((r) => r.id)).not.toContain(mine[0]!.id);
    // Someone else's reminder cannot be marked.
    expect((await caseworker.post(`/api/cases/reminders/${mine[1]!.id}/read`, {})).statusCode).toBe(404);
  });
});
