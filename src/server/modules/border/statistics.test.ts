import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { describeOnEachEngine } from '../../testing/engines';
import { createRole, createTenant, testContext, uniqueSuffix, type Tenant } from '../../testing/factories';
import { createTestApp, signIn, type Session } from '../../testing/http';
import type { Ctx } from '../../platform/context';
import { recordCrossing, type CrossingInput } from './crossings';
import { addLostDocument } from './lost-documents';
import type { Decision, Direction, RefusalReason } from './reference';
import { localDay } from './travel-days';
import { passportMrz, uniqueDocumentNumber } from './test-fixtures';
import { recordVehicleCrossing } from './vehicle-crossings';

interface Seed {
  direction?: Direction;
  nationality?: string;
  decision?: Decision;
  refusalReason?: RefusalReason;
  /** Seconds from the first scan to the decision; none when absent. */
  processingSeconds?: number;
  documentNumber?: string;
}

/** A traveller's crossing at `at` with a passport of `nationality`. */
function crossingAt(siteId: string, at: string, seed: Seed = {}): CrossingInput {
  const nationality = seed.nationality ?? 'SYR';
  const decided = new Date(at);
  return {
    clientRef: `stats-${uniqueSuffix()}-${uniqueSuffix()}`,
    siteId,
    direction: seed.direction ?? 'entry',
    at,
    firstScanAt: seed.processingSeconds === undefined ? null : new Date(decided.getTime() - seed.processingSeconds * 1000).toISOString(),
    document: { mrz: passportMrz({ documentNumber: seed.documentNumber ?? uniqueDocumentNumber(), nationality, issuingState: nationality }) },
    purpose: 'tourism',
    decision: seed.decision ?? 'admitted',
    refusalReason: seed.refusalReason ?? null,
  };
}

interface Report {
  period: { from: string; to: string; days: number; timeZone: string };
  totals: { crossings: number; travellers: number; vehicles: number; alerts: number };
  directions: Record<Direction, number>;
  bcps: { siteId: string; entry: number; exit: number; transit: number; total: number }[];
  days: { day: string; entry: number; exit: number; transit: number; total: number }[];
  nationalities: { top: { nationality: string | null; crossings: number }[]; other: { nationalities: number; crossings: number } };
  decisions: Record<Decision, number>;
  refusalReasons: { reason: string; count: number }[];
  processing: { measured: number; medianMs: number | null; p90Ms: number | null; buckets: { bucket: string; fromMs: number; toMs: number | null; count: number }[] };
  alerts: { total: number; statuses: Record<string, number>; actions: { action: string | null; total: number; statuses: Record<string, number> }[] };
}

describeOnEachEngine('border statistics', (database) => {
  let app: FastifyInstance;
  let tenant: Tenant;
  let system: Ctx;
  let supervisor: Session;
  beforeAll(async () => {
    app = await createTestApp(database());
    tenant = await createTenant(database().db, 'border-police');
    system = testContext(database().db);
    supervisor = await signIn(app, await tenant.user(['border-supervisor']));
  });
  afterAll(async () => {
    await app.close();
  });

  const report = async (session: Session, query: string) => {
    const response = await session.get(`/api/border/statistics?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Report>();
  };
  const statisticsAudits = (userId: string) =>
    database().db.select().from(auditLog).where(and(eq(auditLog.action, 'border.statistics.read'), eq(auditLog.actorUserId, userId)));

  it('counts a BCP week by day, direction, nationality, decision, processing time and alert, each report audited once', async () => {
    const bcp = await tenant.site('bcp');
    const user = await tenant.user(['border-supervisor']);
    const session = await signIn(app, user);
    const lost = uniqueDocumentNumber('L');
    const flagged = uniqueDocumentNumber('F');
    for (const number of [lost, flagged]) {
      await addLostDocument(system, { number, issuingState: 'SYR', reason: 'stolen' });
    }
    // Bucharest is UTC+2 in early March: 22:30 UTC on 28 February is already 1 March there.
    await recordCrossing(system, crossingAt(bcp, '2026-02-28T22:30:00Z', { nationality: 'MDA', processingSeconds: 400 }));
    await recordCrossing(system, crossingAt(bcp, '2026-03-02T08:00:00Z', { processingSeconds: 20 }));
    const refused = await recordCrossing(system, crossingAt(bcp, '2026-03-02T09:00:00Z', { decision: 'refused', refusalReason: 'C', processingSeconds: 45, documentNumber: lost }));
    const exit = await recordCrossing(system, crossingAt(bcp, '2026-03-04T10:00:00Z', { direction: 'exit', nationality: 'SYR', processingSeconds: 90, documentNumber: flagged }));
    await recordCrossing(system, crossingAt(bcp, '2026-03-04T11:00:00Z', { direction: 'transit', nationality: 'AFG', decision: 'referred', processingSeconds: 200 }));
    await recordCrossing(system, crossingAt(bcp, '2026-03-05T12:00:00Z', { nationality: 'UKR' }));
    await recordVehicleCrossing(system, {
      clientRef: `car-${uniqueSuffix()}`,
      siteId: bcp,
      direction: 'exit',
      at: '2026-03-06T12:00:00Z',
      vehicle: { plate: 'B 12 XYZ', country: 'ROU', type: 'car' },
      occupants: (['driver', 'passenger'] as const).map((role) => ({ ...crossingAt(bcp, '2026-03-06T12:00:00Z', { nationality: 'MDA' }), role })),
    });
    // After the period: 22:30 UTC on 7 March is 8 March in Bucharest.
    await recordCrossing(system, crossingAt(bcp, '2026-03-07T22:30:00Z'));
    expect(refused.alerts).toHaveLength(1);
    const resolved = await supervisor.post(`/api/border/alerts/${exit.alerts[0]!.id}/resolve`, { outcome: 'false-positive', reason: 'Another document with the same number' });
    expect(resolved.statusCode, resolved.body).toBe(200);

    const week = await report(session, `from=2026-03-01&to=2026-03-07&siteId=${bcp}`);
    expect(week.period).toEqual({ from: '2026-03-01', to: '2026-03-07', days: 7, timeZone: 'Europe/Bucharest' });
    expect(week.totals).toEqual({ crossings: 8, travellers: 8, vehicles: 1, alerts: 2 });
    expect(week.directions).toEqual({ entry: 4, exit: 3, transit: 1 });
    expect(week.bcps).toEqual([expect.objectContaining({ siteId: bcp, entry: 4, exit: 3, transit: 1, total: 8 })]);
    expect(week.days.map((d) => [d.day, d.entry, d.exit, d.transit])).toEqual([
      ['2026-03-01', 1, 0, 0],
      ['2026-03-02', 2, 0, 0],
      ['2026-03-03', 0, 0, 0],
      ['2026-03-04', 0, 1, 1],
      ['2026-03-05', 1, 0, 0],
      ['2026-03-06', 0, 2, 0],
      ['2026-03-07', 0, 0, 0],
    ]);
    expect(week.nationalities).toEqual({
      top: [
        { nationality: 'MDA', crossings: 3 },
        { nationality: 'SYR', crossings: 3 },
        { nationality: 'AFG', crossings: 1 },
        { nationality: 'UKR', crossings: 1 },
      ],
      other: { nationalities: 0, crossings: 0 },
    });
    expect(week.decisions).toEqual({ admitted: 6, refused: 1, referred: 1 });
    expect(week.refusalReasons.filter((r) => r.count > 0)).toEqual([{ reason: 'C', count: 1 }]);
    expect(week.refusalReasons.map((r) => r.reason)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J']);
    expect(week.processing.measured).toBe(5);
    expect(week.processing.buckets.map((b) => [b.bucket, b.count])).toEqual([
      ['under-30s', 1],
      ['30s-1min', 1],
      ['1-2min', 1],
      ['2-5min', 1],
      ['over-5min', 1],
    ]);
    // 20, 45, 90, 200, 400 s: the median is 90 s; the 90th percentile lies 60 % of the way from 200 to 400 s.
    expect(week.processing).toMatchObject({ medianMs: 90_000, p90Ms: 320_000 });
    expect(week.alerts).toEqual({
      total: 2,
      statuses: { open: 1, confirmed: 0, 'false-positive': 1, closed: 0 },
      actions: [{ action: 'seize-document', total: 2, statuses: { open: 1, confirmed: 0, 'false-positive': 1, closed: 0 } }],
    });

    const exits = await report(session, `from=2026-03-01&to=2026-03-07&siteId=${bcp}&direction=exit`);
    expect(exits.totals).toMatchObject({ crossings: 3, alerts: 1 });
    expect(exits.directions).toEqual({ entry: 0, exit: 3, transit: 0 });
    expect(exits.days.map((d) => d.total)).toEqual([0, 0, 0, 1, 0, 2, 0]);

    const audits = await statisticsAudits(user.id);
    expect(audits).toHaveLength(2);
    expect(audits.map((a) => a.detail)).toContainEqual({ filter: { from: '2026-03-01', to: '2026-03-07', siteId: bcp, direction: null }, timeZone: 'Europe/Bucharest' });
  });

  it('lists the top 15 nationalities and counts the rest as other', async () => {
    const bcp = await tenant.site('bcp');
    const codes = ['AFG', 'ALB', 'ARM', 'AZE', 'BGD', 'BLR', 'CHN', 'EGY', 'ERI', 'GEO', 'IND', 'IRN', 'IRQ', 'MAR', 'NGA', 'PAK', 'SOM'];
    for (const code of codes) {
      await recordCrossing(system, crossingAt(bcp, '2026-04-10T10:00:00Z', { nationality: code }));
    }
    await recordCrossing(system, crossingAt(bcp, '2026-04-10T11:00:00Z', { nationality: 'SOM' }));
    const april = await report(supervisor, `from=2026-04-10&to=2026-04-10&siteId=${bcp}`);
    expect(april.nationalities.top).toHaveLength(15);
    expect(april.nationalities.top[0]).toEqual({ nationality: 'SOM', crossings: 2 });
    expect(april.nationalities.top.slice(1).map((n) => n.nationality)).toEqual(codes.slice(0, 14));
    expect(april.nationalities.other).toEqual({ nationalities: 2, crossings: 2 });
  });

  it('counts local days across the change to summer time, and gives every day of an empty period', async () => {
    const bcp = await tenant.site('bcp');
    // Bucharest moves from UTC+2 to UTC+3 on 29 March 2026.
    await recordCrossing(system, crossingAt(bcp, '2026-03-28T22:30:00Z'));
    await recordCrossing(system, crossingAt(bcp, '2026-03-29T21:30:00Z'));
    const change = await report(supervisor, `from=2026-03-28&to=2026-03-30&siteId=${bcp}`);
    expect(change.days.map((d) => [d.day, d.total])).toEqual([
      ['2026-03-28', 0],
      ['2026-03-29', 1],
      ['2026-03-30', 1],
    ]);
    const empty = await report(supervisor, `from=2025-01-01&to=2025-01-31&siteId=${bcp}`);
    expect(empty.days).toHaveLength(31);
    expect(empty.days.every((d) => d.total === 0 && d.entry === 0)).toBe(true);
    expect(empty.totals).toEqual({ crossings: 0, travellers: 0, vehicles: 0, alerts: 0 });
    expect(empty.processing).toMatchObject({ measured: 0, medianMs: null, p90Ms: null });
    expect(empty.bcps).toEqual([expect.objectContaining({ siteId: bcp, total: 0 })]);
    const recent = await report(supervisor, `siteId=${bcp}`);
    expect(recent.period).toMatchObject({ to: localDay(new Date()), days: 30 });
    expect(recent.days).toHaveLength(30);
  });

  it("limits an officer to their BCPs: another BCP's crossings are neither counted nor named", async () => {
    const own = await tenant.site('bcp');
    const elsewhere = await tenant.site('bcp');
    await recordCrossing(system, crossingAt(own, '2026-05-05T10:00:00Z'));
    await recordCrossing(system, crossingAt(elsewhere, '2026-05-05T10:00:00Z', { direction: 'exit' }));
    await recordCrossing(system, crossingAt(elsewhere, '2026-05-05T11:00:00Z'));
    const localRole = await createRole(database().db, ['border.crossings.read'], false);
    const local = await signIn(app, await tenant.user([localRole], { siteIds: [own] }));
    const mine = await report(local, 'from=2026-05-05&to=2026-05-05');
    expect(mine.totals.crossings).toBe(1);
    expect(mine.bcps.map((b) => b.siteId)).toEqual([own]);
    expect((await local.get(`/api/border/statistics?from=2026-05-05&to=2026-05-05&siteId=${elsewhere}`)).statusCode).toBe(404);
    const national = await report(supervisor, 'from=2026-05-05&to=2026-05-05');
    expect(national.totals.crossings).toBe(3);
    expect(national.bcps.find((b) => b.siteId === elsewhere)).toMatchObject({ entry: 1, exit: 1, total: 2 });
  });

  it('refuses callers without the permission (403) and bad periods (400, naming the field), writing nothing', async () => {
    const caseworker = await signIn(app, await tenant.user(['caseworker']));
    expect((await caseworker.get('/api/border/statistics')).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/border/statistics' })).statusCode).toBe(401);
    const user = await tenant.user(['border-supervisor']);
    const session = await signIn(app, user);
    const attempts: [string, string, RegExp][] = [
      ['from=2026-03-10&to=2026-03-01', 'to', /before/i],
      ['from=2026-02-30&to=2026-03-01', 'querystring.from', /date/i],
      ['from=yesterday', 'querystring.from', /date/i],
      ['from=2025-01-01&to=2026-01-02', 'from', /366/],
      ['direction=sideways', 'querystring.direction', /entry/],
      ['siteId=not-a-uuid', 'querystring.siteId', /uuid/i],
    ];
    for (const [query, field, message] of attempts) {
      const response = await session.get(`/api/border/statistics?${query}`);
      expect(response.statusCode, `${query}: ${response.body}`).toBe(400);
      const error = response.json<{ error: { fields: { field: string; message: string }[] } }>().error;
      expect(error.fields, query).toContainEqual({ field, message: expect.stringMatching(message) });
    }
    const unknownSite = await session.get(`/api/border/statistics?siteId=${randomUUID()}`);
    expect(unknownSite.statusCode).toBe(404);
    const office = await tenant.site('office');
    expect((await session.get(`/api/border/statistics?siteId=${office}`)).statusCode).toBe(404);
    expect(await statisticsAudits(user.id)).toHaveLength(0);
    // A year with its leap day is still one report.
    expect((await session.get('/api/border/statistics?from=2028-01-01&to=2028-12-31')).statusCode).toBe(200);
  });
});
