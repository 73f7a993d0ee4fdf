/**
 * Exports of case management's lists: the cases, the referrals and the signals each caller's list shows
 * (organisation, trafficking, the signaller's own), formulas neutralised, audited with the filter.
 */
import { parse } from 'csv-parse/sync';
import { and, desc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { describeOnEachEngine } from '../../testing/engines';
import { createTenant, type Tenant, type TestUser } from '../../testing/factories';
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

interface ListedReferral {
  caseReference: string;
  status: string;
}

describeOnEachEngine('referral and signal exports', (database) => {
  let app: FastifyInstance;
  let receiver: Tenant;
  let agency: Tenant;
  let senderUser: TestUser;
  let sender: Session;
  let receiving: Session;
  let receivingCleared: Session;
  let bystander: Session;
  let officer: Session;
  let agent: Session;
  let signallerUser: TestUser;
  let signaller: Session;
  let colleague: Session;

  /** A case of `session`'s organisation with a consent to refer, referred to `to`; returns the referral's id and the case's reference. */
  async function refer(session: Session, type: 'protection' | 'trafficking', to: string, details = '') {
    const personId = await createPerson(database().db);
    const created = await expectPost<{ id: string; reference: string }>(session, '/api/cases', { type, title: `Referred ${type} case`, persons: [{ personId, role: 'principal' }] });
    const consent = await expectPost<{ id: string }>(session, `/api/cases/${created.id}/consents`, { personId, scope: 'referral', basis: 'consent', recordedOn: '2026-01-10' });
    const referral = await expectPost<{ id: string }>(session, `/api/cases/${created.id}/referrals`, {
      toOrganisationId: to,
      kind: 'referral',
      sections: ['persons'],
      reason: 'AdditionalServicesRequired',
      details,
      consentId: consent.id,
    });
    return { id: referral.id, reference: created.reference };
  }

  beforeAll(async () => {
    const db = database().db;
    app = await createTestApp(database());
    const sending = await createTenant(db, 'ngo');
    receiver = await createTenant(db, 'ngo');
    const elsewhere = await createTenant(db, 'ngo');
    agency = await createTenant(db, 'anti-trafficking-agency');
    const police = await createTenant(db, 'border-police');
    senderUser = await sending.user(['caseworker']);
    sender = await signIn(app, senderUser);
    receiving = await signIn(app, await receiver.user(['caseworker']));
    receivingCleared = await signIn(app, await receiver.user(['victim-assistance-caseworker'], { clearances: ['trafficking'] }));
    bystander = await signIn(app, await elsewhere.user(['caseworker']));
    officer = await signIn(app, await agency.user(['anti-trafficking-officer'], { clearances: ['trafficking'] }));
    agent = await signIn(app, await sending.user(['call-centre-agent']));
    signallerUser = await police.user(['border-officer']);
    signaller = await signIn(app, signallerUser);
    colleague = await signIn(app, await police.user(['border-officer']));

    const accepted = await refer(sender, 'protection', receiver.organisationId, '=HYPERLINK("http://evil.example","open")');
    const rejected = await refer(sender, 'protection', receiver.organisationId);
    await refer(sender, 'protection', receiver.organisationId);
    await expectPost(receiving, `/api/cases/referrals/${accepted.id}/accept`, {}, 200);
    await expectPost(receiving, `/api/cases/referrals/${rejected.id}/reject`, { note: 'No capacity this month' }, 200);
    await refer(officer, 'trafficking', receiver.organisationId);

    for (const [session, note] of [
      [signaller, 'Seen at the truck lane'],
      [signaller, '@SUM(1+1)*cmd|" /C calc"!A0'],
      [colleague, 'Another officer’s signal'],
    ] as const) {
      await expectPost(session, '/api/cases/signals', { personId: await createPerson(db), indicators: ['documents-withheld'], note, agencyOrganisationId: agency.organisationId });
    }
  });
  afterAll(async () => {
    await app.close();
  });

  it('exports exactly the referrals each caller’s list shows: their organisation’s, on cases whose labels they hold', async () => {
    const cases: [Session, string, number][] = [
      [sender, '', 3],
      [sender, 'direction=outgoing', 3],
      [sender, 'direction=incoming', 0],
      [receiving, 'direction=incoming', 3],
      [receiving, 'direction=incoming&status=accepted', 1],
      [receivingCleared, 'direction=incoming', 4],
      [officer, '', 1],
      [bystander, '', 0],
    ];
    for (const [session, query, count] of cases) {
      const listed = await expectGet<{ referrals: ListedReferral[] }>(session, `/api/cases/referrals?${query}`);
      const response = await session.get(`/api/cases/referrals/export?${query}`);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['content-disposition']).toMatch(/attachment; filename="cases-referrals-\d{4}-\d{2}-\d{2}\.csv"/);
      expect(Number(response.headers['x-export-rows']), query).toBe(count);
      const exported = records(response.body).map((r) => `${r.caseReference} ${r.status}`);
      expect(exported.sort(), query).toEqual(listed.referrals.map((r) => `${r.caseReference} ${r.status}`).sort());
      expect(exported, query).toHaveLength(count);
    }
    // The uncleared caseworker of the receiving organisation never sees the trafficking case's referral.
    const uncleared = records((await receiving.get('/api/cases/referrals/export')).body);
    expect(uncleared.map((r) => r.caseType)).not.toContain('trafficking');
  });

  it('neutralises referral details that start a formula, in CSV and in XLSX', async () => {
    const csv = records((await receiving.get('/api/cases/referrals/export?status=accepted')).body);
    expect(csv.map((r) => r.details)).toEqual(['\'=HYPERLINK("http://evil.example","open")']);
    const xlsx = await receiving.get('/api/cases/referrals/export?status=accepted&format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const cell = sheet.getRow(2).getCell(header.indexOf('details') + 1);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('\'=HYPERLINK("http://evil.example","open")');
  });

  it('audits the referrals export with its filter', async () => {
    const response = await sender.get('/api/cases/referrals/export?direction=outgoing&status=rejected&format=xlsx');
    expect(response.statusCode).toBe(200);
    const [entry] = await database()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.actorUserId, senderUser.id), eq(auditLog.action, 'cases.referrals.export')))
      .orderBy(desc(auditLog.seq))
      .limit(1);
    expect(entry!.outcome).toBe('success');
    expect(entry!.detail).toEqual({ list: 'cases.referrals', format: 'xlsx', filter: { direction: 'outgoing', status: 'rejected' }, rows: 1 });
    expect(entry!.fields).toContain('caseReference');
  });

  it('exports the signals the caller filed and nobody else’s, as their list shows them', async () => {
    for (const [session, count] of [
      [signaller, 2],
      [colleague, 1],
      [officer, 0],
    ] as const) {
      const listed = await expectGet<{ signals: { createdAt: string; note: string; agency: { name: string } }[] }>(session, '/api/cases/signals');
      const response = await session.get('/api/cases/signals/export');
      expect(response.statusCode, response.body).toBe(200);
      expect(Number(response.headers['x-export-rows'])).toBe(count);
      const exported = records(response.body);
      expect(exported.map((r) => r.filedAt).sort()).toEqual(listed.signals.map((s) => s.createdAt).sort());
      expect(exported.map((r) => r.agency)).toEqual(listed.signals.map((s) => s.agency.name));
      expect(exported).toHaveLength(count);
    }
    const notes = records((await signaller.get('/api/cases/signals/export')).body).map((r) => r.note);
    expect(notes.sort()).toEqual(['\'@SUM(1+1)*cmd|" /C calc"!A0', 'Seen at the truck lane']);
    // A signal never leads to its case: no column names it.
    expect(Object.keys(records((await signaller.get('/api/cases/signals/export')).body)[0]!)).toEqual(['filedAt', 'person', 'indicators', 'observedOn', 'location', 'note', 'agency']);
  });

  it('audits the signals export', async () => {
    expect((await signaller.get('/api/cases/signals/export?format=xlsx')).statusCode).toBe(200);
    const [entry] = await database()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.actorUserId, signallerUser.id), eq(auditLog.action, 'cases.signals.export')))
      .orderBy(desc(auditLog.seq))
      .limit(1);
    expect(entry!.detail).toEqual({ list: 'cases.signals', format: 'xlsx', filter: {}, rows: 2 });
  });

  it('guards each export with its list’s permission', async () => {
    expect((await agent.get('/api/cases/referrals/export')).statusCode).toBe(403);
    expect((await signaller.get('/api/cases/referrals/export')).statusCode).toBe(403);
    expect((await agent.get('/api/cases/signals/export')).statusCode).toBe(403);
    expect((await receivingCleared.get('/api/cases/signals/export')).statusCode).toBe(403);
    for (const url of ['/api/cases/referrals/export', '/api/cases/signals/export']) {
      expect((await app.inject({ method: 'GET', url })).statusCode, url).toBe(401);
    }
    expect((await sender.get('/api/cases/referrals/export?status=lost')).statusCode).toBe(400);
  });
});
