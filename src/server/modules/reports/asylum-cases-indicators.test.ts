/** Asylum and case indicators equal direct counts over applications and cases; exercise persons and labels left out as the rules say. */
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Ctx } from '../../platform/context';
import { describeOnEachEngine } from '../../testing/engines';
import { createTenant, testContext, type Tenant } from '../../testing/factories';
import { createTestApp, signIn, type Session } from '../../testing/http';
import { lodgeApplication } from '../asylum/applications';
import { decideApplication, recordInterview } from '../asylum/procedure';
import { daysFromToday, registerApplicant } from '../asylum/test-fixtures';
import * as caseStore from '../cases/store';
import { caseInState, createPerson } from '../cases/test-fixtures';
import { registerPerson } from '../people/service';
import { administrator, bucharestDay, dayEnd, dayStart, direct, indicator, rowsBy } from './test-fixtures';

describeOnEachEngine('asylum and case indicators', (database) => {
  let app: FastifyInstance;
  let tenant: Tenant;
  let system: Ctx;
  let admin: Session;
  beforeAll(async () => {
    app = await createTestApp(database());
    tenant = await createTenant(database().db);
    system = testContext(database().db);
    admin = await signIn(app, await administrator(tenant));
  });
  afterAll(async () => {
    await app.close();
  });

  it('counts applications lodged and decisions by outcome per lodging site, leaving out exercise persons', async () => {
    const db = database().db;
    const [east, west] = [await tenant.site('reception-centre'), await tenant.site('reception-centre')];
    const lodge = async (siteId: string, lodgedOn: string, personId?: string) => lodgeApplication(system, { personId: personId ?? (await registerApplicant(db)), siteId, lodgedOn });
    const granted = await lodge(east, daysFromToday(-5));
    await recordInterview(system, granted.id, { heldOn: daysFromToday(-3), interviewer: 'A. Officer' });
    await decideApplication(system, granted.id, { outcome: 'granted-refugee', decidedOn: daysFromToday(-1) });
    const withdrawn = await lodge(east, daysFromToday(-4));
    await decideApplication(system, withdrawn.id, { outcome: 'withdrawn', decidedOn: daysFromToday(-2) });
    await lodge(west, daysFromToday(-2));
    // Lodged long before the period and decided in it: a decision, not a lodging.
    const old = await lodge(west, daysFromToday(-60));
    await recordInterview(system, old.id, { heldOn: daysFromToday(-50), interviewer: 'A. Officer' });
    await decideApplication(system, old.id, { outcome: 'rejected', decidedOn: daysFromToday(-1) });
    const drill = await registerPerson(system, { givenNames: 'Drill', surname: 'Person', sex: 'M', dateOfBirth: '1990', nationalities: ['AFG'] }, { candidatesShown: 0, confirmedNew: true, exercise: true });
    await lodge(west, daysFromToday(-1), drill.id);

    const [from, to] = [daysFromToday(-10), bucharestDay()];
    const counted = await direct<{ site_id: string; lodged: number; refugee: number; subsidiary: number; rejected: number; withdrawn: number }>(
      db,
      sql`select a.site_id,
                 count(*) filter (where a.lodged_on between ${from}::date and ${to}::date)::int as lodged,
                 count(*) filter (where a.decided_on between ${from}::date and ${to}::date and a.decision_outcome = 'granted-refugee')::int as refugee,
                 count(*) filter (where a.decided_on between ${from}::date and ${to}::date and a.decision_outcome = 'granted-subsidiary')::int as subsidiary,
                 count(*) filter (where a.decided_on between ${from}::date and ${to}::date and a.decision_outcome = 'rejected')::int as rejected,
                 count(*) filter (where a.decided_on between ${from}::date and ${to}::date and a.decision_outcome = 'withdrawn')::int as withdrawn
          from asylum_applications a join persons p on p.id = a.person_id
          where not p.exercise group by a.site_id`,
    );
    const view = await indicator(admin, 'asylum.applications', `from=${from}&to=${to}`);
    for (const row of counted.filter((c) => c.lodged + c.refugee + c.subsidiary + c.rejected + c.withdrawn > 0)) {
      const shown = view.rows.find((r) => r.refs?.siteId === row.site_id)!;
      expect(shown.values).toMatchObject({ lodged: row.lodged, grantedRefugee: row.refugee, grantedSubsidiary: row.subsidiary, rejected: row.rejected, withdrawn: row.withdrawn, decided: row.refugee + row.subsidiary + row.rejected + row.withdrawn });
    }
    expect(view.rows.find((r) => r.refs?.siteId === east)!.values).toMatchObject({ lodged: 2, grantedRefugee: 1, withdrawn: 1, decided: 2 });
    expect(view.rows.find((r) => r.refs?.siteId === west)!.values).toMatchObject({ lodged: 1, rejected: 1, decided: 1 });
    expect((await indicator(admin, 'asylum.applications', `from=${from}&to=${to}&siteId=${west}`)).rows.map((r) => r.refs?.siteId)).toEqual([west]);
  });

  it('counts cases by type and state, trafficking cases by state and returns by country as the cases table does', async () => {
    const db = database().db;
    const ngo = await createTenant(db, 'ngo');
    const open = async (type: 'protection' | 'trafficking' | 'avrr' | 'family-reunification', state?: string, organisationId = tenant.organisationId) =>
      caseInState(db, { type, organisationId, personId: await createPerson(db), ...(state ? { state } : {}) });
    await open('protection');
    await open('protection');
    await open('protection', 'closed', ngo.organisationId);
    await open('family-reunification');
    await open('trafficking');
    await open('trafficking', 'identification');
    const returns: [string | null, string][] = [
      ['AFG', 'departed'],
      ['AFG', 'counselling'],
      ['IRQ', 'follow-up'],
      [null, 'application'],
    ];
    for (const [country, state] of returns) {
      const id = await open('avrr', state);
      if (country) {
        await caseStore.updateCase(db, id, { data: { countryOfReturn: country } });
      }
    }
    // Closed after a recorded departure counts as a return.
    const closed = await open('avrr', 'closed');
    await caseStore.updateCase(db, closed, { data: { countryOfReturn: 'IRQ', departureDate: '2026-01-15' } });

    const today = bucharestDay();
    const period = `from=${bucharestDay(-6)}&to=${today}`;
    const inPeriod = sql`c.opened_at >= ${dayStart(bucharestDay(-6))} and c.opened_at < ${dayEnd(today)}`;
    const byTypeState = await direct<{ type: string; state: string; n: number }>(db, sql`select c.type, c.state, count(*)::int as n from cases c where ${inPeriod} and c.type <> 'trafficking' group by 1, 2`);
    const view = rowsBy(await indicator(admin, 'cases.by-type-status', period), 'type', 'state');
    expect(view.size).toBe(byTypeState.length);
    for (const row of byTypeState) {
      expect(view.get(`${row.type}|${row.state}`)!.cases).toBe(row.n);
    }
    expect(view.get('protection|closed')!.cases).toBeGreaterThanOrEqual(1);

    const trafficking = await direct<{ state: string; n: number }>(db, sql`select c.state, count(*)::int as n from cases c where ${inPeriod} and c.type = 'trafficking' group by 1`);
    const traffickingView = rowsBy(await indicator(admin, 'cases.trafficking', period), 'state');
    expect([...traffickingView.entries()].map(([state, v]) => [state, v.cases]).sort()).toEqual(trafficking.map((t) => [t.state, t.n]).sort());

    const countries = await direct<{ country: string; n: number; departed: number }>(
      db,
      sql`select case when jsonb_typeof(c.data->'countryOfReturn') = 'string' then c.data->>'countryOfReturn' else 'unknown' end as country,
                 count(*)::int as n,
                 count(*) filter (where c.state in ('departed', 'reintegration', 'follow-up') or (c.state = 'closed' and jsonb_typeof(c.data->'departureDate') = 'string'))::int as departed
          from cases c where ${inPeriod} and c.type = 'avrr' group by 1`,
    );
    const returnsView = rowsBy(await indicator(admin, 'cases.returns', period), 'country');
    expect(returnsView.size).toBe(countries.length);
    for (const row of countries) {
      expect(returnsView.get(row.country)).toMatchObject({ cases: row.n, departed: row.departed });
    }
    expect(returnsView.get('IRQ')).toMatchObject({ cases: 2, departed: 2 });
    expect(returnsView.get('unknown')).toMatchObject({ cases: 1, departed: 0 });

    // The organisation filter counts the owner's cases.
    const ngoView = await indicator(admin, 'cases.by-type-status', `${period}&organisationId=${ngo.organisationId}`);
    expect(ngoView.rows.map((r) => [r.values.type, r.values.state, r.values.cases])).toEqual([['protection', 'closed', 1]]);
  });
});
