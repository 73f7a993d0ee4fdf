/** The duplicates review queue's export: the open pairs the caller's queue shows (labels), formulas neutralised, audited with the filter. */
import { parse } from 'csv-parse/sync';
import { and, desc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { systemContext } from '../../platform/context';
import { describeOnEachEngine } from '../../testing/engines';
import { createTenant, uniqueSuffix, type TestUser } from '../../testing/factories';
import { createTestApp, signIn, type Session } from '../../testing/http';
import { registerPerson } from './service';
import { duplicateCandidates } from './tables';

type Row = Record<string, string>;

function records(body: string): Row[] {
  expect(body.startsWith('\uFEFF')).toBe(true);
  return parse(body.slice(1), { columns: true }) as Row[];
}

interface QueuedPair {
  score: number;
  a: { registrationNumber: string };
  b: { registrationNumber: string };
}

describeOnEachEngine('duplicates queue export', (database) => {
  let app: FastifyInstance;
  let reviewerUser: TestUser;
  let reviewer: Session;
  let cleared: Session;
  let clerk: Session;
  let hiddenNumber: string;

  beforeAll(async () => {
    const db = database().db;
    app = await createTestApp(database());
    const tenant = await createTenant(db, 'immigration-service');
    reviewerUser = await tenant.user(['administrator']);
    reviewer = await signIn(app, reviewerUser);
    cleared = await signIn(app, await tenant.user(['administrator'], { clearances: ['health'] }));
    clerk = await signIn(app, await tenant.user(['registration-clerk']));
    const person = async (surname: string, sensitivity: string[] = []) => {
      const registered = await registerPerson(systemContext(db, 'test'), { givenNames: 'Omar', surname: `${surname} ${uniqueSuffix().replace(/\d/g, 'x')}`, sex: 'M', dateOfBirth: '1985-02-03', nationalities: ['SYR'], sensitivity });
      return registered;
    };
    const pair = async (score: number, explanation: string[], sensitivity: string[] = [], status = 'open') => {
      const [a, b] = [await person('Haddad'), await person('Hadad', sensitivity)].sort((x, y) => x.id.localeCompare(y.id));
      await db.insert(duplicateCandidates).values({ personA: a!.id, personB: b!.id, score, explanation, status });
      return [a!, b!];
    };
    await pair(0.95, ['same date of birth', 'surname spelled differently']);
    await pair(0.85, ['=HYPERLINK("http://evil.example","same")']);
    const hidden = await pair(0.9, ['same date of birth'], ['health']);
    hiddenNumber = hidden.find((p) => p.sensitivity.includes('health'))!.registrationNumber;
    await pair(0.99, ['dismissed already'], [], 'dismissed');
  });
  afterAll(async () => {
    await app.close();
  });

  it('exports exactly the open pairs the caller’s queue shows, best first, never one with a person under a label they lack', async () => {
    for (const [session, count] of [
      [reviewer, 2],
      [cleared, 3],
    ] as const) {
      const queue = (await session.get('/api/people/duplicates?limit=200')).json<{ items: QueuedPair[] }>().items;
      const response = await session.get('/api/people/duplicates/export');
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['content-disposition']).toMatch(/attachment; filename="people-duplicates-\d{4}-\d{2}-\d{2}\.csv"/);
      // Counted before the rows are read, over every open pair: an upper bound where a label hides some.
      expect(Number(response.headers['x-export-rows'])).toBe(3);
      const exported = records(response.body);
      expect(exported.map((r) => `${r.score} ${r['a.registrationNumber']} ${r['b.registrationNumber']}`)).toEqual(queue.map((p) => `${p.score} ${p.a.registrationNumber} ${p.b.registrationNumber}`));
      expect(exported).toHaveLength(count);
    }
    const seen = records((await reviewer.get('/api/people/duplicates/export')).body).flatMap((r) => [r['a.registrationNumber'], r['b.registrationNumber']]);
    expect(seen).not.toContain(hiddenNumber);
    expect(records((await reviewer.get('/api/people/duplicates/export')).body).map((r) => r.reasons)).not.toContain('dismissed already');
  });

  it('neutralises a reason that starts a formula, in CSV and in XLSX', async () => {
    const csv = records((await reviewer.get('/api/people/duplicates/export')).body);
    expect(csv.map((r) => r.reasons)).toContain('\'=HYPERLINK("http://evil.example","same")');
    const xlsx = await reviewer.get('/api/people/duplicates/export?format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getColumn(2).values.slice(2)).toContain('\'=HYPERLINK("http://evil.example","same")');
    expect(sheet.getColumn(1).values.slice(2)).toEqual([0.95, 0.85]);
  });

  it('audits the export with the list and its (empty) filter', async () => {
    expect((await reviewer.get('/api/people/duplicates/export?format=xlsx')).statusCode).toBe(200);
    const [entry] = await database()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.actorUserId, reviewerUser.id), eq(auditLog.action, 'people.duplicates.export')))
      .orderBy(desc(auditLog.seq))
      .limit(1);
    expect(entry!.outcome).toBe('success');
    expect(entry!.detail).toEqual({ list: 'people.duplicates', format: 'xlsx', filter: {}, rows: 3 });
    expect(entry!.fields).toEqual(expect.arrayContaining(['a.registrationNumber', 'b.registrationNumber']));
  });

  it('refuses the export to a caller without people.merge', async () => {
    expect((await clerk.get('/api/people/duplicates/export')).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/people/duplicates/export' })).statusCode).toBe(401);
  });
});
