/** Vulnerability screening over HTTP: questionnaire versions, answers, labelled results hidden from the uncleared, follow-ups. */
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { describeOnEachEngine } from '../../testing/engines';
import { createTestApp } from '../../testing/http';
import { addDays } from './deadlines';
import { STANDARD_QUESTIONS } from './questionnaire';
import { call, createAsylumWorld, daysFromToday, registerApplicant, today, type AsylumWorld } from './test-fixtures';

interface FollowUp {
  id: string;
  category: string;
  dueOn: string;
  status: string;
  labels: string[];
  person: { id: string };
}
interface Overview {
  screenings: { id: string; flagged: string[] }[];
  vulnerabilities: { category: string }[];
  followUps: FollowUp[];
}

describeOnEachEngine('vulnerability screening over HTTP', (database) => {
  let app: FastifyInstance;
  let world: AsylumWorld;
  beforeAll(async () => {
    app = await createTestApp(database());
    world = await createAsylumWorld(app, database().db);
  });
  afterAll(async () => {
    await app.close();
  });

  const noToAll = () => Object.fromEntries(STANDARD_QUESTIONS.map((q) => [q.code, false]));

  it('serves the standard questionnaire with every category and its labels, and keeps old versions when a new one is published', async () => {
    const v1 = await call<{ version: number; categories: { code: string; labels: string[] }[]; questions: { code: string }[] }>(world.clerk, 'GET', '/api/asylum/questionnaire?version=1', undefined, 200);
    expect(v1.questions.length).toBe(STANDARD_QUESTIONS.length);
    expect(v1.categories.find((c) => c.code === 'trafficking')?.labels).toEqual(['trafficking']);
    expect(v1.categories.find((c) => c.code === 'mental-disorder')?.labels).toEqual(['health']);
    await call(world.clerk, 'POST', '/api/asylum/questionnaire', { questions: [{ code: 'x', category: 'elderly', text: 'Is the person over 65?' }] }, 403);
    const v2 = await call<{ version: number }>(world.officer, 'POST', '/api/asylum/questionnaire', { questions: [...STANDARD_QUESTIONS, { code: 'hearing', category: 'disabled', text: 'Does the person use a hearing aid?' }] }, 201);
    expect(v2.version).toBeGreaterThan(1);
    expect((await call<{ questions: unknown[] }>(world.clerk, 'GET', '/api/asylum/questionnaire?version=1', undefined, 200)).questions.length).toBe(STANDARD_QUESTIONS.length);
    await call(world.officer, 'POST', '/api/asylum/questionnaire', { questions: [{ code: 'a', category: 'elderly', text: 'First question' }, { code: 'a', category: 'elderly', text: 'Second question' }] }, 400);
  });

  it('refuses a screening with a question unanswered or unknown, naming it', async () => {
    const personId = await registerApplicant(database().db);
    const partial = noToAll();
    delete partial['under-18'];
    const missing = await call<{ error: { fields: { field: string }[] } }>(world.clerk, 'POST', '/api/asylum/screenings', { personId, version: 1, screenedOn: today(), answers: partial }, 400);
    expect(missing.error.fields).toEqual([{ field: 'answers.under-18', message: 'Not answered' }]);
    await call(world.clerk, 'POST', '/api/asylum/screenings', { personId, version: 1, screenedOn: today(), answers: { ...noToAll(), astrology: true } }, 400);
  });

  it('keeps health and trafficking results from a user without the clearance, and creates a follow-up per flagged category', async () => {
    const personId = await registerApplicant(database().db, { sex: 'F', dateOfBirth: '1955-02-01' });
    const screenedOn = daysFromToday(-10);
    // The clerk (cleared for minors only) records what she is told; what it flags about trafficking stays hidden from her.
    const recorded = await call<{ id: string; restricted?: boolean; flagged: string[] }>(world.clerk, 'POST', '/api/asylum/screenings', { personId, version: 1, screenedOn, answers: { ...noToAll(), elderly: true, controlled: true } }, 201);
    expect(recorded).toEqual({ id: recorded.id, restricted: true, flagged: ['elderly'] });
    await call(world.clerk, 'GET', `/api/asylum/screenings/${recorded.id}`, undefined, 404);

    // Sensitive results: opening them needs a purpose, which the audit entry of the read keeps.
    await call(world.officer, 'GET', `/api/asylum/screenings/${recorded.id}`, undefined, 428);
    const opened = await world.officer.get(`/api/asylum/screenings/${recorded.id}`, { 'x-purpose': 'Plan the follow-up' });
    expect(opened.statusCode, opened.body).toBe(200);
    const full = opened.json<{ flagged: string[]; labels: string[]; answers: Record<string, boolean>; followUps: FollowUp[] }>();
    expect(full).toMatchObject({ flagged: ['elderly', 'trafficking'], labels: ['trafficking'], answers: { controlled: true, elderly: true, torture: false } });
    expect(full.followUps.map((f) => [f.category, f.dueOn, f.status])).toEqual([
      ['elderly', addDays(screenedOn, 7), 'open'],
      ['trafficking', addDays(screenedOn, 7), 'open'],
    ]);

    const clerkView = await call<Overview>(world.clerk, 'GET', `/api/asylum/persons/${personId}`, undefined, 200);
    expect(clerkView.screenings).toEqual([]);
    expect(clerkView.vulnerabilities.map((v) => v.category)).toEqual(['elderly']);
    expect(clerkView.followUps.map((f) => f.category)).toEqual(['elderly']);
    const officerView = await call<Overview>(world.officer, 'GET', `/api/asylum/persons/${personId}`, undefined, 200);
    expect(officerView.vulnerabilities.map((v) => v.category).sort()).toEqual(['elderly', 'trafficking']);
    expect(officerView.screenings.map((s) => s.id)).toEqual([recorded.id]);

    const clerkList = await call<{ followUps: FollowUp[] }>(world.clerk, 'GET', '/api/asylum/follow-ups', undefined, 200);
    const mine = clerkList.followUps.filter((f) => f.person.id === personId);
    expect(mine.map((f) => f.category)).toEqual(['elderly']);
    expect(clerkList.followUps.some((f) => f.labels.includes('trafficking'))).toBe(false);
    const officerList = await call<{ followUps: FollowUp[] }>(world.officer, 'GET', '/api/asylum/follow-ups?status=open', undefined, 200);
    expect(officerList.followUps.filter((f) => f.person.id === personId).map((f) => f.category)).toEqual(['elderly', 'trafficking']);

    const trafficking = officerList.followUps.find((f) => f.person.id === personId && f.category === 'trafficking')!;
    await call(world.clerk, 'PATCH', `/api/asylum/follow-ups/${trafficking.id}`, { status: 'done' }, 404);
    const done = await call<FollowUp & { doneOn: string }>(world.officer, 'PATCH', `/api/asylum/follow-ups/${trafficking.id}`, { status: 'done', outcome: 'Referred to the anti-trafficking agency', assigneeTeam: 'ANITP West' }, 200);
    expect(done).toMatchObject({ status: 'done', doneOn: today(), assigneeTeam: 'ANITP West' });
    const stillOpen = await call<{ followUps: FollowUp[] }>(world.officer, 'GET', '/api/asylum/follow-ups', undefined, 200);
    expect(stillOpen.followUps.filter((f) => f.person.id === personId).map((f) => f.category)).toEqual(['elderly']);

    const audit = await database().db.select().from(auditLog).where(and(eq(auditLog.entityId, recorded.id), eq(auditLog.action, 'asylum.screening.read')));
    expect(audit).toHaveLength(1);
  });

  it('shows a screening without sensitive results to every reader and creates no follow-up when nothing is flagged', async () => {
    const personId = await registerApplicant(database().db);
    const clean = await call<{ id: string; flagged: string[]; followUps: unknown[] }>(world.clerk, 'POST', '/api/asylum/screenings', { personId, version: 1, screenedOn: today(), answers: noToAll() }, 201);
    expect(clean).toMatchObject({ flagged: [], followUps: [] });
    await call(world.clerk, 'GET', `/api/asylum/screenings/${clean.id}`, undefined, 200);
    const officerView = await call<Overview>(world.officer, 'GET', `/api/asylum/persons/${personId}`, undefined, 200);
    expect(officerView.followUps).toEqual([]);
  });
});
