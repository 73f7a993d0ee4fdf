/** The case list's export: the cases the caller's list shows (organisation, trafficking), formulas neutralised, audited with the filter. */
import { parse } from 'csv-parse/sync';
import { and, desc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { describeOnEachEngine } from '../../testing/engines';
import { createTenant, type TestUser } from '../../testing/factories';
import { createTestApp, signIn, type Session } from '../../testing/http';
import { createPerson, expectGet, expectPost } from './test-fixtures';

type Row = Record<string, string>;

function records(body: string): Row[] {
  expect(body.startsWith('\uFEFF')).toBe(true);
  return parse(body.slice(1), { columns: true }) as Row[];
}

describeOnEachEngine('case list exports', (database) => {
  let app: FastifyInstance;
  let caseworker: Session;
  let caseworkerUser: TestUser;
  let otherNgo: Session;
  let officer: Session;
  let agent: Session;

  beforeAll(async () => {
    const db = database().db;
    app = await createTestApp(database());
    const ngo = await createTenant(db, 'ngo');
    const other = await createTenant(db, 'ngo');
    const agency = await createTenant(db, 'anti-trafficking-agency');
    caseworkerUser = await ngo.user(['caseworker']);
    caseworker = await signIn(app, caseworkerUser);
    otherNgo = await signIn(app, await other.user(['caseworker']));
    officer = await signIn(app, await agency.user(['anti-trafficking-officer'], { clearances: ['trafficking'] }));
    agent = await signIn(app, await ngo.user(['call-centre-agent']));
    for (const title of ['Family of five, shelter needed', 'Legal counselling', '=HYPERLINK("http://evil.example","open")']) {
      await expectPost(caseworker, '/api/cases', { type: 'protection', title, persons: [{ personId: await createPerson(db), role: 'principal' }] });
    }
    await expectPost(otherNgo, '/api/cases', { type: 'protection', title: 'Another organisation’s case', persons: [{ personId: await createPerson(db), role: 'principal' }] });
    await expectPost(officer, '/api/cases', { type: 'trafficking', title: 'Identified victim', persons: [{ personId: await createPerson(db), role: 'principal' }] }, 201);
  });
  afterAll(async () => {
    await app.close();
  });

  it('exports exactly the cases each caller’s list shows', async () => {
    for (const [session, query] of [
      [caseworker, ''],
      [caseworker, 'q=counselling'],
      [otherNgo, ''],
      [officer, 'type=trafficking'],
      [officer, 'type=protection'],
    ] as const) {
      const listed = await expectGet<{ cases: { reference: string }[]; total: number }>(session, `/api/cases?pageSize=200&${query}`);
      const response = await session.get(`/api/cases/export?${query}`);
      expect(response.statusCode, response.body).toBe(200);
      expect(Number(response.headers['x-export-rows'])).toBe(listed.total);
      expect(records(response.body).map((r) => r.reference).sort()).toEqual(listed.cases.map((c) => c.reference).sort());
    }
    expect(records((await caseworker.get('/api/cases/export')).body)).toHaveLength(3);
    expect(records((await otherNgo.get('/api/cases/export')).body).map((r) => r.title)).toEqual(['Another organisation’s case']);
    expect(records((await caseworker.get('/api/cases/export?type=trafficking')).body)).toEqual([]);
  });

  it('neutralises a title that starts a formula, in CSV and in XLSX', async () => {
    const csv = records((await caseworker.get('/api/cases/export')).body);
    expect(csv.map((r) => r.title)).toContain('\'=HYPERLINK("http://evil.example","open")');
    const xlsx = await caseworker.get('/api/cases/export?format=xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
    const titles = workbook.worksheets[0]!.getColumn(4).values.slice(2);
    expect(titles).toHaveLength(3);
    expect(titles).toContain('\'=HYPERLINK("http://evil.example","open")');
  });

  it('audits the export with its filter (the search text as given, not its words)', async () => {
    const response = await caseworker.get('/api/cases/export?type=protection&q=legal&includeClosed=true');
    expect(response.statusCode).toBe(200);
    const [entry] = await database()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.actorUserId, caseworkerUser.id), eq(auditLog.action, 'cases.cases.export')))
      .orderBy(desc(auditLog.seq))
      .limit(1);
    expect(entry!.detail).toEqual({ list: 'cases.cases', format: 'csv', filter: { type: 'protection', q: 'given', includeClosed: true }, rows: 1 });
  });

  it('refuses the export to a caller without cases.read', async () => {
    expect((await agent.get('/api/cases/export')).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/cases/export' })).statusCode).toBe(401);
  });
});
