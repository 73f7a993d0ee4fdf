/** Exports of the deadlines and the register of representatives: the rows the caller's list shows, formulas neutralised, audited with the filter. */
import { parse } from 'csv-parse/sync';
import { and, desc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { describeOnEachEngine } from '../../testing/engines';
import { createRole, type TestUser } from '../../testing/factories';
import { createTestApp, signIn, type Session } from '../../testing/http';
import { addMonths } from './deadlines';
import { call, createAsylumWorld, daysFromToday, registerApplicant, today, type AsylumWorld } from './test-fixtures';

type Row = Record<string, string>;

function records(body: string): Row[] {
  expect(body.startsWith('\uFEFF')).toBe(true);
  return parse(body.slice(1), { columns: true }) as Row[];
}

interface ListedDeadline {
  number: string;
  kind: string;
  dueOn: string;
  state: string;
}

describeOnEachEngine('asylum deadline and representative exports', (database) => {
  let app: FastifyInstance;
  let first: AsylumWorld;
  let second: AsylumWorld;
  let readerUser: TestUser;
  let reader: Session;
  let otherReader: Session;
  let outsider: Session;
  let hiddenNumber: string;

  beforeAll(async () => {
    const db = database().db;
    app = await createTestApp(database());
    first = await createAsylumWorld(app, db);
    second = await createAsylumWorld(app, db);
    // Readers of their organisation's applications only, cleared for no label.
    readerUser = await first.tenant.user([await createRole(db, ['reception.read'], false)]);
    reader = await signIn(app, readerUser);
    otherReader = await signIn(app, await second.tenant.user([await createRole(db, ['reception.read'], false)]));
    outsider = await signIn(app, await first.tenant.user([await createRole(db, ['people.read'], false)]));
    const lodge = async (world: AsylumWorld, lodgedOn: string, overrides: Parameters<typeof registerApplicant>[1] = {}) =>
      call<{ number: string }>(world.officer, 'POST', '/api/asylum/applications', { personId: await registerApplicant(db, overrides), lodgedOn, siteId: world.site }, 201);
    // Overdue (lodged seven months ago), due within days, and not yet due (lodged today: on no card).
    await lodge(first, addMonths(today(), -7));
    await lodge(first, addMonths(daysFromToday(3), -6));
    await lodge(first, today());
    hiddenNumber = (await lodge(first, addMonths(today(), -8), { sensitivity: ['health'] })).number;
    await lodge(second, addMonths(today(), -7));

    for (const [name, active] of [
      ['Ana Popescu', true],
      ['Bogdan Ionescu', false],
      ['=HYPERLINK("http://evil.example","Radu")', true],
    ] as const) {
      await call(first.officer, 'POST', '/api/asylum/representatives', { name, organisation: 'Legal aid', contact: '+40 700 000 000', trainedOn: '2025-05-01', active }, 201);
    }
  });
  afterAll(async () => {
    await app.close();
  });

  it('exports exactly the deadlines each caller’s card shows: their organisation’s, never a person they may not see', async () => {
    for (const [session, query, count] of [
      [reader, '', 2],
      [reader, 'state=overdue', 1],
      [reader, 'state=due', 1],
      [otherReader, '', 1],
      [first.officer, '', 4],
    ] as const) {
      const listed = await call<{ deadlines: ListedDeadline[] }>(session, 'GET', `/api/asylum/deadlines?${query}`, undefined, 200);
      const response = await session.get(`/api/asylum/deadlines/export?${query}`);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['content-disposition']).toMatch(/attachment; filename="asylum-deadlines-\d{4}-\d{2}-\d{2}\.csv"/);
      const exported = records(response.body);
      // The card's order: soonest first.
      expect(exported.map((r) => `${r.number} ${r.deadline} ${r.dueOn} ${r.state}`), query).toEqual(listed.deadlines.map((d) => `${d.number} ${d.kind} ${d.dueOn} ${d.state}`));
      expect(exported, `${query}: ${response.body}`).toHaveLength(count);
      expect(Number(response.headers['x-export-rows'])).toBe(count);
    }
    expect(records((await reader.get('/api/asylum/deadlines/export')).body).map((r) => r.number)).not.toContain(hiddenNumber);
    expect(records((await otherReader.get('/api/asylum/deadlines/export')).body).map((r) => r.number)).not.toContain(hiddenNumber);
  });

  it('audits the deadlines export with its filter', async () => {
    const response = await reader.get('/api/asylum/deadlines/export?state=overdue&format=xlsx');
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
    const [entry] = await database()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.actorUserId, readerUser.id), eq(auditLog.action, 'asylum.deadlines.export')))
      .orderBy(desc(auditLog.seq))
      .limit(1);
    expect(entry!.outcome).toBe('success');
    expect(entry!.detail).toEqual({ list: 'asylum.deadlines', format: 'xlsx', filter: { state: 'overdue' }, rows: 1 });
  });

  it('exports the register of representatives as its list shows it, with the caseload; the register is national', async () => {
    for (const [session, query] of [
      [reader, ''],
      [reader, 'active=true'],
      [otherReader, ''],
    ] as const) {
      const listed = await call<{ representatives: { name: string; active: boolean; caseload: number; trainedOn: string }[] }>(session, 'GET', `/api/asylum/representatives?${query}`, undefined, 200);
      const response = await session.get(`/api/asylum/representatives/export?${query}`);
      expect(response.statusCode, response.body).toBe(200);
      expect(Number(response.headers['x-export-rows'])).toBe(listed.representatives.length);
      const exported = records(response.body);
      const neutralised = (name: string) => (name.startsWith('=') ? `'${name}` : name);
      expect(exported.map((r) => `${r.name} ${r.active} ${r.caseload} ${r.trainedOn}`).sort(), query).toEqual(
        listed.representatives.map((r) => `${neutralised(r.name)} ${r.active ? 'yes' : 'no'} ${r.caseload} ${r.trainedOn}`).sort(),
      );
    }
    expect(records((await reader.get('/api/asylum/representatives/export')).body)).toHaveLength(3);
    expect(records((await reader.get('/api/asylum/representatives/export?active=true')).body).map((r) => r.name)).not.toContain('Bogdan Ionescu');
  });

  it('neutralises a representative’s name that starts a formula, in CSV and in XLSX', async () => {
    const csv = records((await reader.get('/api/asylum/representatives/export')).body);
    expect(csv.map((r) => r.name)).toContain('\'=HYPERLINK("http://evil.example","Radu")');
    expect(csv.find((r) => r.name === 'Ana Popescu')!.contact).toBe("'+40 700 000 000");
    const xlsx = await reader.get('/api/asylum/representatives/export?format=xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
    const names = workbook.worksheets[0]!.getColumn(1).values.slice(2);
    expect(names).toContain('\'=HYPERLINK("http://evil.example","Radu")');
  });

  it('audits the representatives export with its filter', async () => {
    expect((await reader.get('/api/asylum/representatives/export?active=true')).statusCode).toBe(200);
    const [entry] = await database()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.actorUserId, readerUser.id), eq(auditLog.action, 'asylum.representatives.export')))
      .orderBy(desc(auditLog.seq))
      .limit(1);
    expect(entry!.detail).toEqual({ list: 'asylum.representatives', format: 'csv', filter: { activeOnly: true }, rows: 2 });
  });

  it('refuses both exports to a caller without reception.read', async () => {
    for (const url of ['/api/asylum/deadlines/export', '/api/asylum/representatives/export']) {
      expect((await outsider.get(url)).statusCode, url).toBe(403);
      expect((await app.inject({ method: 'GET', url })).statusCode, url).toBe(401);
    }
    expect((await reader.get('/api/asylum/deadlines/export?state=ok')).statusCode).toBe(400);
  });
});
