/** Reporting over HTTP: small-count suppression, sensitive aggregates, scope, downloads, audit, the filter, dashboards and guards. */
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import type { Ctx } from '../../platform/context';
import { describeOnEachEngine } from '../../testing/engines';
import { createRole, createTenant, testContext, uniqueSuffix, type Tenant } from '../../testing/factories';
import { createTestApp, signIn, type Session } from '../../testing/http';
import { expectRoutesGuarded } from '../../testing/route-guards';
import { recordCrossing } from '../border/crossings';
import { passportMrz, uniqueDocumentNumber } from '../border/test-fixtures';
import { caseInState, createPerson } from '../cases/test-fixtures';
import { indicator, type IndicatorView, type ReportView } from './test-fixtures';

const WEEK = 'from=2025-06-01&to=2025-06-07';

describeOnEachEngine('reporting over HTTP', (database) => {
  let app: FastifyInstance;
  let tenant: Tenant;
  let system: Ctx;
  let analyst: Session;
  let analystId: string;
  let supervisor: Session;
  let bcp: string;
  beforeAll(async () => {
    app = await createTestApp(database());
    tenant = await createTenant(database().db, 'border-police');
    system = testContext(database().db);
    const user = await tenant.user(['analyst']);
    analystId = user.id;
    analyst = await signIn(app, user);
    supervisor = await signIn(app, await tenant.user(['border-supervisor']));
    // One BCP's week: 12 entries and 3 exits.
    bcp = await tenant.site('bcp');
    const cross = (direction: 'entry' | 'exit', day: number) =>
      recordCrossing(system, {
        clientRef: `r-${uniqueSuffix()}-${uniqueSuffix()}`,
        siteId: bcp,
        direction,
        at: `2025-06-0${day}T10:00:00Z`,
        firstScanAt: `2025-06-0${day}T09:59:00Z`,
        document: { mrz: passportMrz({ documentNumber: uniqueDocumentNumber() }) },
        purpose: 'tourism',
        decision: 'admitted',
        refusalReason: null,
      });
    for (let i = 0; i < 12; i += 1) {
      await cross('entry', 1 + (i % 7));
    }
    for (const day of [2, 4, 6]) {
      await cross('exit', day);
    }
  });
  afterAll(async () => {
    await app.close();
  });

  const crossingsOf = (session: Session, query = `${WEEK}&siteId=${bcp}`) => indicator(session, 'border.crossings', query);

  it('hides counts under the threshold from a caller without record access, and a second cell so the total does not give it away', async () => {
    const hidden = await crossingsOf(analyst);
    expect(hidden.recordAccess).toBe(false);
    expect(hidden.anySuppressed).toBe(true);
    // 3 exits are under 5; shown with the total 15, the 12 entries would reveal them, so they are hidden too.
    expect(hidden.rows[0]).toMatchObject({
      values: { entry: null, exit: null, transit: 0, total: 15, medianSeconds: 60 },
      suppressed: { entry: true, exit: true, transit: false, total: false, medianSeconds: false },
      // The 3 exits are the small count; the 12 entries are hidden only to protect them.
      suppressedAs: { entry: 'secondary', exit: 'small' },
    });
    expect(hidden.total!.values).toMatchObject({ entry: null, exit: null, transit: 0, total: 15 });

    const shown = await crossingsOf(supervisor);
    expect(shown.recordAccess).toBe(true);
    expect(shown.anySuppressed).toBe(false);
    expect(shown.rows[0]!.values).toMatchObject({ entry: 12, exit: 3, transit: 0, total: 15 });
  });

  it('takes the threshold from REPORTS_SUPPRESSION_THRESHOLD', async () => {
    const lenient = await createTestApp(database(), { REPORTS_SUPPRESSION_THRESHOLD: '3' });
    try {
      const session = await signIn(lenient, await tenant.user(['analyst']));
      const response = await session.get(`/api/reports/indicators/border.crossings?${WEEK}&siteId=${bcp}`);
      const report = response.json<ReportView>();
      expect(report.suppression.threshold).toBe(3);
      expect(report.indicators[0]!.rows[0]!.values).toMatchObject({ entry: 12, exit: 3, total: 15 });
    } finally {
      await lenient.close();
    }
  });

  it('gives trafficking aggregates only to cleared callers, suppressed without record access, and counts a non-national caller’s own organisation only', async () => {
    const db = database().db;
    const agency = await createTenant(db, 'anti-trafficking-agency');
    for (const state of ['signalled', 'identification']) {
      await caseInState(db, { type: 'trafficking', organisationId: agency.organisationId, personId: await createPerson(db), state });
    }
    const keysOf = async (session: Session) => (await session.get('/api/reports/indicators')).json<ReportView>().indicators.map((i) => i.key);
    expect(await keysOf(analyst)).not.toContain('cases.trafficking');
    expect((await analyst.get('/api/reports/indicators/cases.trafficking')).statusCode).toBe(404);
    expect((await analyst.get('/api/reports/dashboards')).json<{ dashboards: { module: string; indicators: string[] }[] }>().dashboards.find((d) => d.module === 'cases')!.indicators).toEqual(['cases.by-type-status', 'cases.returns']);
    const byType = await indicator(analyst, 'cases.by-type-status');
    expect(byType.rows.some((r) => r.values.type === 'trafficking')).toBe(false);

    const cleared = await signIn(app, await tenant.user(['analyst'], { clearances: ['trafficking'] }));
    expect(await keysOf(cleared)).toContain('cases.trafficking');
    const aggregate = await indicator(cleared, 'cases.trafficking');
    expect(aggregate.recordAccess).toBe(false);
    expect(aggregate.rows.map((r) => [r.values.state, r.values.cases, r.suppressed.cases])).toEqual([
      ['identification', null, true],
      ['signalled', null, true],
    ]);
    // The total of two hidden ones of 1 is itself 2, under the threshold: hidden as well.
    expect(aggregate.total!.suppressed.cases).toBe(true);

    // An agency officer (non-national) with record access sees the agency's cases as counted; another organisation's sees none.
    const role = await createRole(db, ['reports.read', 'cases.read', 'trafficking.cases'], false);
    const officer = await signIn(app, await agency.user([role], { clearances: ['trafficking'] }));
    const own = await indicator(officer, 'cases.trafficking');
    expect(own.recordAccess).toBe(true);
    expect(own.rows.map((r) => [r.values.state, r.values.cases]).sort()).toEqual([
      ['identification', 1],
      ['signalled', 1],
    ]);
    const stranger = await signIn(app, await tenant.user([role], { clearances: ['trafficking'] }));
    expect((await indicator(stranger, 'cases.trafficking')).rows).toEqual([]);
  });

  it('downloads the chart’s data as CSV and XLSX, as shown on screen, each download audited with its filter', async () => {
    const exporter = await tenant.user(['analyst']);
    const session = await signIn(app, exporter);
    const csv = await session.get(`/api/reports/indicators/border.crossings/export?format=csv&${WEEK}&siteId=${bcp}`);
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="border.crossings_2025-06-01_2025-06-07.csv"');
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('bcp,entry,exit,transit,total,medianSeconds');
    // The small count reads <5; the 12 entries hidden only to protect it read "hidden", not "<5".
    expect(lines[1]).toMatch(/^Site site-[0-9a-f]+,hidden,<5,0,15,60$/);
    expect(lines[2]).toBe('total,hidden,<5,0,15,60');

    const xlsx = await session.get(`/api/reports/indicators/border.crossings/export?format=xlsx&${WEEK}&siteId=${bcp}`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('border.crossings')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['bcp', 'entry', 'exit', 'transit', 'total', 'medianSeconds']);
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual(['total', 'hidden', '<5', 0, 15, 60]);

    const audits = await database().db.select().from(auditLog).where(and(eq(auditLog.actorUserId, exporter.id), eq(auditLog.action, 'reports.indicators.export')));
    expect(audits).toHaveLength(2);
    expect(audits.map((a) => a.entityId)).toEqual(['border.crossings', 'border.crossings']);
    expect(audits[0]!.detail).toMatchObject({ format: 'csv', filter: { from: '2025-06-01', to: '2025-06-07', siteId: bcp, organisationId: null, timeZone: 'Europe/Bucharest' }, suppressed: true });
    // Reading needs reports.read, downloading reports.export: a border supervisor may read but not download.
    expect((await supervisor.get(`/api/reports/indicators/border.crossings/export?${WEEK}`)).statusCode).toBe(403);
  });

  it('audits a request that reads figures derived from personal data once, with its filter, and not one that reads none', async () => {
    const entries = () => database().db.select().from(auditLog).where(and(eq(auditLog.actorUserId, analystId), eq(auditLog.action, 'reports.indicators.read')));
    const before = (await entries()).length;
    const national = (await analyst.get(`/api/reports/indicators?${WEEK}`)).json<ReportView>();
    expect(national.indicators.length).toBeGreaterThanOrEqual(10);
    const after = await entries();
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)!.detail).toMatchObject({ filter: { from: '2025-06-01', to: '2025-06-07', siteId: null, organisationId: null }, indicators: expect.arrayContaining(['border.crossings', 'reception.occupancy']) });
    await indicator(analyst, 'knowledge.searches', WEEK);
    expect(await entries()).toHaveLength(before + 1);
  });

  it('checks the period, names the field, and serves module dashboards', async () => {
    const reversed = await analyst.get('/api/reports/indicators?from=2025-06-10&to=2025-06-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json<{ error: { fields: { field: string }[] } }>().error.fields[0]!.field).toBe('to');
    const long = await analyst.get('/api/reports/indicators/border.crossings?from=2024-01-01&to=2025-06-01');
    expect(long.statusCode).toBe(400);
    expect(long.json<{ error: { fields: { field: string }[] } }>().error.fields[0]!.field).toBe('from');
    expect((await analyst.get('/api/reports/indicators/no.such')).statusCode).toBe(404);

    const border = (await analyst.get(`/api/reports/dashboards/border?${WEEK}`)).json<ReportView>();
    expect(border.indicators.map((i: IndicatorView) => i.key)).toEqual(['border.crossings', 'border.alerts']);
    expect((await analyst.get('/api/reports/dashboards/nowhere')).statusCode).toBe(404);
    const defaults = (await analyst.get('/api/reports/dashboards/knowledge')).json<ReportView>();
    expect(defaults.filter.timeZone).toBe('Europe/Bucharest');
    expect(Date.parse(defaults.filter.to) - Date.parse(defaults.filter.from)).toBe(29 * 86_400_000);
    const choices = (await analyst.get('/api/reports/filters')).json<{ sites: { id: string }[]; organisations: { id: string }[] }>();
    expect(choices.sites.map((s) => s.id)).toContain(bcp);
    expect(choices.organisations.map((o) => o.id)).toContain(tenant.organisationId);
  });

  it('guards every route by its permission and documents the answers', async () => {
    await expectRoutesGuarded(app, database().db, tenant, { prefix: '/api/reports/', permissionPrefix: 'reports.', minimum: 6, fill: (p) => (p === 'key' ? 'border.crossings' : 'border') });
    const docs = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json<{ paths: Record<string, { get: { responses: Record<string, { content?: unknown }> } }> }>();
    expect(docs.paths['/api/reports/indicators']!.get.responses['200']!.content).toBeTruthy();
  });
});
