/** Exports of border lists: the rows the caller's list shows (sites, persons under a label), formulas neutralised, audited with the filter. */
import { parse } from 'csv-parse/sync';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { systemContext } from '../../platform/context';
import { describeOnEachEngine } from '../../testing/engines';
import { createRole, createTenant, type Tenant, type TestUser } from '../../testing/factories';
import { createTestApp, signIn, type Session } from '../../testing/http';
import { registerPerson } from '../people/service';
import { crossingBody, uniqueDocumentNumber } from './test-fixtures';

type Row = Record<string, string>;

/** The CSV of an export as records (BOM checked and dropped). */
function csvRecords(body: string): Row[] {
  expect(body.startsWith('\uFEFF')).toBe(true);
  return parse(body.slice(1), { columns: true }) as Row[];
}

function typedDocument(number: string, surname: string) {
  return { kind: 'passport', number, issuingState: 'SYR', surname, givenNames: 'Ali', nationality: 'SYR', dateOfBirth: '1980-01-01', sex: 'M', expiryDate: '2033-01-01' };
}

describeOnEachEngine('border exports', (database) => {
  let app: FastifyInstance;
  let tenant: Tenant;
  let bcpA: string;
  let bcpB: string;
  let supervisor: Session;
  let local: Session;
  let localUser: TestUser;
  let clerk: Session;
  let cleared: Session;
  const numbersAt: Record<string, string[]> = {};
  let hiddenNumber: string;
  let formulaNumber: string;

  beforeAll(async () => {
    const db = database().db;
    app = await createTestApp(database());
    tenant = await createTenant(db, 'border-police');
    bcpA = await tenant.site('bcp', { lanes: ['A1'] });
    bcpB = await tenant.site('bcp', { lanes: ['A1'] });
    supervisor = await signIn(app, await tenant.user(['border-supervisor']));
    localUser = await tenant.user([await createRole(db, ['border.crossings.read', 'border.crossings.record', 'people.read', 'people.write'], false)], { siteIds: [bcpA] });
    local = await signIn(app, localUser);
    clerk = await signIn(app, await tenant.user(['registration-clerk']));
    for (const [site, count] of [
      [bcpA, 3],
      [bcpB, 2],
    ] as const) {
      numbersAt[site] = [];
      for (let i = 0; i < count; i += 1) {
        const number = uniqueDocumentNumber('E');
        const response = await supervisor.post('/api/border/crossings', crossingBody(site, { document: typedDocument(number, `Traveller${i}`) }));
        expect(response.statusCode, response.body).toBe(201);
        numbersAt[site].push(number);
      }
    }
    formulaNumber = uniqueDocumentNumber('F');
    expect((await supervisor.post('/api/border/crossings', crossingBody(bcpA, { document: typedDocument(formulaNumber, '=HYPERLINK("http://evil.example")') }))).statusCode).toBe(201);
    numbersAt[bcpA]!.push(formulaNumber);
    // A child's record carries the 'minor' label: nobody here is cleared for it, so its crossing is in no list.
    const child = await registerPerson(systemContext(db, 'test'), { givenNames: 'Sami', surname: 'Hidden', sex: 'M', dateOfBirth: '2016-05-05', nationalities: ['SYR'], sensitivity: ['minor'] });
    hiddenNumber = uniqueDocumentNumber('H');
    cleared = await signIn(app, await tenant.user(['border-supervisor'], { clearances: ['minor'] }));
    expect((await cleared.post('/api/border/crossings', crossingBody(bcpA, { document: typedDocument(hiddenNumber, 'Hidden'), traveller: { personId: child.id } }))).statusCode).toBe(201);
  });
  afterAll(async () => {
    await app.close();
  });

  async function listedNumbers(session: Session, query = ''): Promise<string[]> {
    const response = await session.get(`/api/border/crossings?limit=500${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ items: { siteId: string; document: { number: string } }[] }>().items.filter((i) => i.siteId === bcpA || i.siteId === bcpB).map((i) => i.document.number);
  }

  it('exports exactly the crossings the caller lists: all BCPs nationally, the posted BCP locally, never a hidden person', async () => {
    for (const [session, query] of [
      [supervisor, ''],
      [supervisor, `&siteId=${bcpB}`],
      [local, ''],
      [local, `&siteId=${bcpB}`],
    ] as const) {
      const listed = await listedNumbers(session, query);
      const response = await session.get(`/api/border/crossings/export?format=csv${query}`);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['content-type']).toContain('text/csv');
      expect(response.headers['content-disposition']).toMatch(/attachment; filename="border-crossings-\d{4}-\d{2}-\d{2}\.csv"/);
      const exported = csvRecords(response.body).filter((r) => Object.values(numbersAt).flat().includes(r.documentNumber!) || r.documentNumber === hiddenNumber);
      expect(exported.map((r) => r.documentNumber).sort()).toEqual(listed.sort());
      expect(exported.map((r) => r.documentNumber)).not.toContain(hiddenNumber);
      expect(Number(response.headers['x-export-rows'])).toBeGreaterThanOrEqual(csvRecords(response.body).length);
    }
    const seenByCleared = csvRecords((await cleared.get(`/api/border/crossings/export?siteId=${bcpA}`)).body).map((r) => r.documentNumber);
    expect(seenByCleared.sort()).toEqual([...numbersAt[bcpA]!, hiddenNumber].sort());
    const localRows = csvRecords((await local.get('/api/border/crossings/export')).body);
    expect(localRows.map((r) => r.documentNumber).sort()).toEqual([...numbersAt[bcpA]!].sort());
    expect(csvRecords((await local.get(`/api/border/crossings/export?siteId=${bcpB}`)).body)).toEqual([]);
  });

  it('neutralises formula starts in CSV and XLSX', async () => {
    const csv = csvRecords((await supervisor.get(`/api/border/crossings/export?siteId=${bcpA}`)).body);
    expect(csv.find((r) => r.documentNumber === formulaNumber)!.surname).toBe('\'=HYPERLINK("http://evil.example")');
    const response = await supervisor.get(`/api/border/crossings/export?siteId=${bcpA}&format=xlsx`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const rows = sheet.getRows(2, sheet.rowCount - 1)!.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row.getCell(i + 1)])));
    expect(rows.map((r) => String(r.documentNumber!.value)).sort()).toEqual(csv.map((r) => r.documentNumber).sort());
    const cell = rows.find((r) => r.documentNumber!.value === formulaNumber)!.surname!;
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBe('\'=HYPERLINK("http://evil.example")');
  });

  it('audits each export once with the list, the filter and the rows', async () => {
    const day = new Date().toISOString().slice(0, 10);
    const response = await local.get(`/api/border/crossings/export?siteId=${bcpA}&direction=entry&day=${day}&format=xlsx`);
    expect(response.statusCode).toBe(200);
    const entries = await database()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.actorUserId, localUser.id), eq(auditLog.action, 'border.crossings.export')));
    const entry = entries.find((e) => (e.detail as { format?: string }).format === 'xlsx')!;
    expect(entry.outcome).toBe('success');
    expect(entry.detail).toEqual({ list: 'border.crossings', format: 'xlsx', filter: { siteId: bcpA, day, direction: 'entry' }, rows: Number(response.headers['x-export-rows']) });
    expect(entry.fields).toContain('documentNumber');
  });

  it('guards each export with its list’s permission', async () => {
    for (const url of ['/api/border/crossings/export', '/api/border/alerts/export', '/api/border/overstayers/export', '/api/border/lost-documents/export']) {
      expect((await clerk.get(url)).statusCode, url).toBe(403);
      expect((await app.inject({ method: 'GET', url })).statusCode, url).toBe(401);
    }
    expect((await supervisor.get('/api/border/alerts/export?status=confirmed')).statusCode).toBe(200);
    expect((await local.get('/api/border/alerts/export?status=confirmed')).statusCode).toBe(403);
    expect((await supervisor.get('/api/border/lost-documents/export?active=true')).statusCode).toBe(200);
    expect((await local.get('/api/border/lost-documents/export')).statusCode).toBe(403);
    expect((await supervisor.get('/api/border/crossings/export?format=pdf')).statusCode).toBe(400);
  });
});
