import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { auditLog } from '../../platform/audit/tables';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnEachEngine } from '../../testing/engines';
import { createTenant, testContext } from '../../testing/factories';
import { createTestApp, signIn, type Session } from '../../testing/http';
import { runDuplicateJob, startDuplicateJob } from './duplicates';
import { duplicateCandidates } from './tables';
import { passportMrz } from './test-fixtures';

describeOnEachEngine('duplicates, merge and undo', (database) => {
  let app: FastifyInstance;
  let admin: Session;
  beforeAll(async () => {
    app = await createTestApp(database());
    const tenant = await createTenant(database().db);
    admin = await signIn(app, await tenant.user(['administrator']));
  });
  afterAll(async () => {
    await app.close();
  });

  const register = async (body: Record<string, unknown>) => {
    const response = await admin.post('/api/people', body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string }>();
  };

  it('pairs an undated person with dated ones and with other undated ones, and never persons born years apart', async () => {
    const dated = await register({ givenNames: 'Abdulrahman', surname: 'Qasimi', sex: 'M', dateOfBirth: '1979-06-02', nationalities: ['AFG'] });
    const spelled = await register({ givenNames: 'Abdul Rahman', surname: 'Kasimi', sex: 'M', dateOfBirth: '1979-06', nationalities: ['AFG'] });
    const undated = await register({ givenNames: 'عبدالرحمن', surname: 'قاسمی', sex: 'M', nationalities: ['AFG'] });
    const undatedToo = await register({ givenNames: 'Abdurrahman', surname: 'Qasimi', sex: 'M' });
    const older = await register({ givenNames: 'Abdulrahman', surname: 'Qasimi', sex: 'M', dateOfBirth: '1961-01-09', nationalities: ['AFG'] });
    const ctx = testContext(database().db);
    const job = await startDuplicateJob(ctx);
    await runDuplicateJob(ctx, job.id);
    const rows = await database().db.select().from(duplicateCandidates).where(eq(duplicateCandidates.jobId, job.id));
    const pairs = new Set(rows.map((r) => [r.personA, r.personB].sort().join('|')));
    const has = (a: { id: string }, b: { id: string }) => pairs.has([a.id, b.id].sort().join('|'));
    expect(has(dated, spelled)).toBe(true);
    expect(has(dated, undated)).toBe(true);
    expect(has(undated, undatedToo)).toBe(true);
    expect(has(older, undated)).toBe(true);
    expect(has(older, dated)).toBe(false);
    expect(rows.every((r) => r.personA < r.personB)).toBe(true);
    await database().db.update(duplicateCandidates).set({ status: 'dismissed' }).where(eq(duplicateCandidates.jobId, job.id));
  });

  it('finds a duplicate pair, merges it field by field keeping everything, and undoes the merge exactly', async () => {
    const first = await register({ givenNames: 'Mohammed', surname: 'Al Hassan', sex: 'M', dateOfBirth: '1988-03-14', nationalities: ['SYR'], languages: ['arb'] });
    const second = await register({ givenNames: 'Mohammed', surname: 'Al Hassan', sex: 'M', dateOfBirth: '1988', nationalities: ['SYR'], languages: ['kmr'], placeOfBirth: 'Aleppo' });
    const unrelated = await register({ givenNames: 'Olena', surname: 'Shevchenko', sex: 'F', dateOfBirth: '1990-01-01' });
    expect((await admin.post(`/api/people/${second.id}/documents`, { mrz: passportMrz() })).statusCode).toBe(201);

    const ctx = { ...testContext(database().db) };
    const job = await startDuplicateJob(ctx);
    const progress: number[] = [];
    const result = await runDuplicateJob(ctx, job.id, (done) => progress.push(done));
    expect(result.found).toBeGreaterThanOrEqual(1);
    expect(progress.at(-1)).toBe(result.total);
    const queue = (await admin.get('/api/people/duplicates')).json<{ items: { id: string; a: { id: string }; b: { id: string } }[] }>().items;
    const pair = queue.find((i) => [i.a.id, i.b.id].sort().join() === [first.id, second.id].sort().join());
    expect(pair).toBeDefined();
    expect(queue.some((i) => i.a.id === unrelated.id || i.b.id === unrelated.id)).toBe(false);

    const merge = await admin.post('/api/people/merge', {
      survivorId: first.id,
      mergedId: second.id,
      reason: 'Same passport holder registered twice',
      choices: { placeOfBirth: 'merged' },
    });
    expect(merge.statusCode, merge.body).toBe(200);
    const merged = merge.json<{ mergeId: string; person: { placeOfBirth: string; languages: string[]; documents: unknown[]; dateOfBirth: string } }>();
    expect(merged.person).toMatchObject({ placeOfBirth: 'Aleppo', dateOfBirth: '1988-03-14', languages: ['arb', 'kmr'] });
    expect(merged.person.documents).toHaveLength(1);
    expect((await admin.get(`/api/people/${second.id}`)).json()).toMatchObject({ mergedInto: first.id, can: { edit: false } });
    const search = (await admin.get('/api/people/search?q=Mohammed%20Al%20Hassan')).json<{ results: { person: { id: string } }[] }>().results;
    expect(search.map((r) => r.person.id)).not.toContain(second.id);
    expect((await admin.get('/api/people/duplicates')).json().items.find((i: { id: string }) => i.id === pair!.id)).toBeUndefined();

    const merges = await admin.get(`/api/people/${first.id}/merges`);
    expect(merges.json()).toMatchObject([{ id: merged.mergeId, mergedId: second.id, undoneAt: null }]);
    const mergeReads = await database().db.select().from(auditLog).where(and(eq(auditLog.action, 'person.merges.read'), eq(auditLog.entityId, first.id)));
    expect(mergeReads).toHaveLength(1);

    const undo = await admin.post(`/api/people/merges/${merged.mergeId}/undo`, { reason: 'Twins, not the same person' });
    expect(undo.statusCode, undo.body).toBe(200);
    const restoredFirst = (await admin.get(`/api/people/${first.id}`)).json();
    const restoredSecond = (await admin.get(`/api/people/${second.id}`)).json();
    expect(restoredFirst).toMatchObject({ placeOfBirth: null, languages: ['arb'], documents: [] });
    expect(restoredSecond).toMatchObject({ mergedInto: null, placeOfBirth: 'Aleppo', documents: [{ number: 'N01234567' }] });
    expect((await admin.post(`/api/people/merges/${merged.mergeId}/undo`, { reason: 'again' })).statusCode).toBe(409);
    const history = (await admin.get(`/api/people/${second.id}/history`)).json<{ action: string }[]>().map((h) => h.action);
    expect(history).toEqual(expect.arrayContaining(['merged-away', 'merge-undone']));
  });

  it('refuses a merge without a reason or of a person with itself, and merges only with the permission', async () => {
    const one = await register({ givenNames: 'Ali', surname: 'Rezaei', sex: 'M' });
    expect((await admin.post('/api/people/merge', { survivorId: one.id, mergedId: one.id, reason: 'same same' })).statusCode).toBe(400);
    const tenant = await createTenant(database().db);
    const clerk = await signIn(app, await tenant.user(['registration-clerk']));
    const other = await register({ givenNames: 'Ali', surname: 'Rezai', sex: 'M' });
    expect((await clerk.post('/api/people/merge', { survivorId: one.id, mergedId: other.id, reason: 'looks the same' })).statusCode).toBe(403);
  });
});
