/** Border and reception indicators equal direct counts over their source rows (crossings, alerts, beds, placements, reservations). */
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inTransaction, type Ctx } from '../../platform/context';
import { describeOnEachEngine } from '../../testing/engines';
import { createTenant, testContext, uniqueSuffix, type Tenant } from '../../testing/factories';
import { createTestApp, signIn, type Session } from '../../testing/http';
import { recordCrossing } from '../border/crossings';
import { addLostDocument } from '../border/lost-documents';
import { crossings } from '../border/tables';
import { passportMrz, uniqueDocumentNumber } from '../border/test-fixtures';
import { createPerson } from '../cases/test-fixtures';
import { addRoom, addUnit } from '../reception/centres';
import { checkIn, checkOut, createReservation, placeInTransaction } from '../reception/placements';
import { administrator, bucharestDay, dayEnd, dayStart, direct, indicator, rowsBy } from './test-fixtures';

describeOnEachEngine('border and reception indicators', (database) => {
  let app: FastifyInstance;
  let tenant: Tenant;
  let system: Ctx;
  let admin: Session;
  beforeAll(async () => {
    app = await createTestApp(database());
    tenant = await createTenant(database().db, 'border-police');
    system = testContext(database().db);
    admin = await signIn(app, await administrator(tenant));
  });
  afterAll(async () => {
    await app.close();
  });

  const cross = (siteId: string, at: string, options: { direction?: 'entry' | 'exit' | 'transit'; seconds?: number; documentNumber?: string } = {}) =>
    recordCrossing(system, {
      clientRef: `report-${uniqueSuffix()}-${uniqueSuffix()}`,
      siteId,
      direction: options.direction ?? 'entry',
      at,
      firstScanAt: options.seconds === undefined ? null : new Date(new Date(at).getTime() - options.seconds * 1000).toISOString(),
      document: { mrz: passportMrz({ documentNumber: options.documentNumber ?? uniqueDocumentNumber(), nationality: 'SYR', issuingState: 'SYR' }) },
      purpose: 'tourism',
      decision: 'admitted',
      refusalReason: null,
    });

  it('counts crossings per BCP and direction, the median processing time and alerts by action and status, as the crossings and alerts tables do', async () => {
    const [north, south] = [await tenant.site('bcp'), await tenant.site('bcp')];
    const lost = [uniqueDocumentNumber('L'), uniqueDocumentNumber('L'), uniqueDocumentNumber('L')];
    for (const number of lost) {
      await addLostDocument(system, { number, issuingState: 'SYR', reason: 'stolen' });
    }
    // Bucharest is UTC+2 in March: 22:30 UTC on 28 February is 1 March there, 22:30 UTC on 7 March is 8 March.
    await cross(north, '2026-02-28T22:30:00Z', { seconds: 400 });
    await cross(north, '2026-03-02T08:00:00Z', { seconds: 20, documentNumber: lost[0] });
    await cross(north, '2026-03-03T08:00:00Z', { direction: 'exit', seconds: 70 });
    await cross(north, '2026-03-04T08:00:00Z', { direction: 'transit' });
    const flagged = await cross(south, '2026-03-05T08:00:00Z', { direction: 'exit', seconds: 95, documentNumber: lost[1] });
    await cross(south, '2026-03-06T08:00:00Z', { seconds: 33 });
    await cross(south, '2026-03-07T22:30:00Z', { seconds: 10, documentNumber: lost[2] });
    // A drill's crossing is recorded like a real one and flagged: it never counts.
    const drill = await cross(south, '2026-03-06T09:00:00Z', { seconds: 5 });
    await database().db.update(crossings).set({ exercise: true }).where(eq(crossings.id, drill.crossing.id));
    const supervisor = await signIn(app, await tenant.user(['border-supervisor']));
    const resolved = await supervisor.post(`/api/border/alerts/${flagged.alerts[0]!.id}/resolve`, { outcome: 'false-positive', reason: 'Another document with the same number' });
    expect(resolved.statusCode, resolved.body).toBe(200);

    const period = 'from=2026-03-01&to=2026-03-07';
    const inPeriod = sql`not c.exercise and c.at >= ${dayStart('2026-03-01')} and c.at < ${dayEnd('2026-03-07')}`;
    const counted = await direct<{ site_id: string; direction: string; n: number }>(database().db, sql`select c.site_id, c.direction, count(*)::int as n from crossings c where ${inPeriod} group by 1, 2`);
    const times = await direct<{ site_id: string; ms: number }>(database().db, sql`select c.site_id, c.processing_ms as ms from crossings c where ${inPeriod} and c.processing_ms is not null`);
    const median = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const middle = sorted.length / 2;
      return sorted.length === 0 ? null : Math.round(Math.round(sorted.length % 2 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2) / 1000);
    };
    const view = await indicator(admin, 'border.crossings', period);
    expect(view.recordAccess).toBe(true);
    for (const siteId of [north, south]) {
      const row = view.rows.find((r) => r.refs?.siteId === siteId)!;
      const of = (direction: string) => counted.find((c) => c.site_id === siteId && c.direction === direction)?.n ?? 0;
      expect(row.values).toMatchObject({ entry: of('entry'), exit: of('exit'), transit: of('transit'), total: of('entry') + of('exit') + of('transit') });
      expect(row.values.medianSeconds).toBe(median(times.filter((t) => t.site_id === siteId).map((t) => Number(t.ms))));
    }
    // Independently of the fixture: north 1 entry on 1 March, 1 on 2 March, 1 exit, 1 transit; south 1 exit, 1 entry (the drill and 8 March left out).
    expect(view.rows.find((r) => r.refs?.siteId === north)!.values).toMatchObject({ entry: 2, exit: 1, transit: 1, total: 4, medianSeconds: 70 });
    expect(view.rows.find((r) => r.refs?.siteId === south)!.values).toMatchObject({ entry: 1, exit: 1, transit: 0, total: 2, medianSeconds: 64 });
    const all = counted.reduce((sum, c) => sum + c.n, 0);
    expect(view.total!.values).toMatchObject({ total: all });
    expect(view.total!.values.medianSeconds).toBe(median(times.map((t) => Number(t.ms))));

    // One BCP through the site filter, and an organisation with no BCP counts nothing.
    const one = await indicator(admin, 'border.crossings', `${period}&siteId=${south}`);
    expect(one.rows.map((r) => r.refs?.siteId)).toEqual([south]);
    const other = await createTenant(database().db, 'police');
    expect((await indicator(admin, 'border.crossings', `${period}&organisationId=${other.organisationId}`)).total!.values.total).toBe(0);

    const alerts = await direct<{ action: string; status: string; n: number }>(
      database().db,
      sql`select a.action, a.status, count(*)::int as n from alerts a join crossings c on c.id = a.crossing_id where ${inPeriod} group by 1, 2`,
    );
    const alertView = await indicator(admin, 'border.alerts', period);
    const byAction = rowsBy(alertView, 'action');
    const statusColumn: Record<string, string> = { open: 'open', confirmed: 'confirmed', 'false-positive': 'falsePositive', closed: 'closed' };
    for (const { action, status, n } of alerts) {
      expect(byAction.get(action)![statusColumn[status]!]).toBe(n);
    }
    expect(alertView.total!.values.total).toBe(alerts.reduce((sum, a) => sum + a.n, 0));
    expect(byAction.get('seize-document')).toMatchObject({ open: 1, falsePositive: 1, total: 2 });
  });

  it('reads occupancy by centre now and at the end of a past day, real placements and reservations only', async () => {
    const db = database().db;
    const immigration = await createTenant(db);
    const centre = await immigration.site('reception-centre');
    const unit = await addUnit(system, centre, { name: 'Block A' });
    const room = await addRoom(system, unit.id, { name: 'A1', beds: 4 });
    expect(room).toBeTruthy();
    const fourDaysAgo = { ...system, now: () => new Date(Date.now() - 4 * 86_400_000) };
    const [ana, ben, cai, dan] = [await createPerson(db), await createPerson(db), await createPerson(db), await createPerson(db)];
    await checkIn(fourDaysAgo, { personId: ana, siteId: centre });
    const leaving = await checkIn(fourDaysAgo, { personId: ben, siteId: centre });
    await checkOut(system, leaving.placement.id, { reason: 'left', at: new Date(Date.now() - 2 * 86_400_000).toISOString() });
    await checkIn(system, { personId: cai, siteId: centre });
    await createReservation(system, centre, { places: 1, until: new Date(Date.now() + 86_400_000).toISOString(), note: 'Family arriving' });
    // An exercise's placement at the same centre never counts.
    await inTransaction(system, (tx, txCtx) => placeInTransaction(tx, txCtx, { personId: dan, siteId: centre, exerciseId: randomUUID(), overCapacityReason: 'Drill' }));

    const today = bucharestDay();
    const now = await indicator(admin, 'reception.occupancy', `from=${today}&to=${today}&siteId=${centre}`);
    const [counts] = await direct<{ capacity: number; occupied: number; reserved: number }>(
      db,
      sql`select (select count(*)::int from reception_beds b where b.site_id = ${centre} and b.active) as capacity,
                 (select count(*)::int from reception_placements p where p.site_id = ${centre} and p.status = 'active' and p.exercise_id is null) as occupied,
                 (select coalesce(sum(r.places), 0)::int from reception_reservations r where r.site_id = ${centre} and r.status = 'active' and r.exercise_id is null and r.until > now()) as reserved`,
    );
    expect(now.rows).toHaveLength(1);
    expect(now.rows[0]!.values).toMatchObject({ capacity: counts!.capacity, blocked: 0, occupied: counts!.occupied, reserved: counts!.reserved, free: counts!.capacity - counts!.occupied - counts!.reserved });
    expect(now.rows[0]!.values).toMatchObject({ capacity: 4, occupied: 2, reserved: 1, free: 1 });

    // Three days ago at midnight ending it: Ana and Ben were there (Ben left two days ago); beds created today did not exist.
    const past = bucharestDay(-3);
    const then = await indicator(admin, 'reception.occupancy', `from=${past}&to=${past}&siteId=${centre}`);
    const [history] = await direct<{ occupied: number; capacity: number }>(
      db,
      sql`select (select count(*)::int from reception_placements p where p.site_id = ${centre} and p.exercise_id is null and p.checked_in_at < ${dayEnd(past)} and (p.checked_out_at is null or p.checked_out_at >= ${dayEnd(past)})) as occupied,
                 (select count(*)::int from reception_beds b where b.site_id = ${centre} and b.active and b.created_at < ${dayEnd(past)}) as capacity`,
    );
    expect(then.rows[0]!.values).toMatchObject({ occupied: history!.occupied, capacity: history!.capacity, reserved: 0 });
    expect(then.rows[0]!.values.occupied).toBe(2);

    // The organisation filter: the centre belongs to its immigration service, not to the border police.
    expect((await indicator(admin, 'reception.occupancy', `organisationId=${tenant.organisationId}`)).rows).toEqual([]);
    expect((await indicator(admin, 'reception.occupancy', `organisationId=${immigration.organisationId}`)).rows.map((r) => r.refs?.siteId)).toEqual([centre]);
  });
});
