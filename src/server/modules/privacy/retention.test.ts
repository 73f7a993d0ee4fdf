/**
 * Retention: records on both sides of each rule's cutoff; the dry run counts exactly the expired ones and
 * changes nothing; the purge removes exactly them (with the rows hanging on them, and persons nobody
 * refers to any more), leaves audit entries with counts and no personal data, and the audit chain verifies.
 */
import { randomUUID } from 'node:crypto';
import { eq, inArray, like } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit, verifyAuditChain } from '../../platform/audit/audit';
import { auditLog } from '../../platform/audit/tables';
import { inTransaction, systemContext } from '../../platform/context';
import { describeOnEachEngine } from '../../testing/engines';
import { createTenant } from '../../testing/factories';
import { createTestApp, signIn, type Session } from '../../testing/http';
import { asylumApplications, asylumInterviews } from '../asylum/tables';
import { alerts, crossings, falsePositives, vehicleCrossings } from '../border/tables';
import { caseNotes, cases } from '../cases/tables';
import { linkFamily } from '../people/family';
import { familyLinks, persons } from '../people/tables';
import { receptionAbsences, receptionPlacements } from '../reception/tables';
import { RECORD_TYPES, retentionCutoff } from './record-types';
import { runScheduledRetention } from './retention';
import * as store from './store';
import { agePerson, applicationClosedOn, closedCaseAt, crossingAt, person, placementEndedAt, purgeAndWait, remaining, shifted } from './test-fixtures';

const KEEP_MONTHS = 24;

interface Rule {
  recordType: string;
  version: number;
  enabled: boolean;
  keepMonths: number;
}

describeOnEachEngine('retention rules and purges', (database) => {
  let app: FastifyInstance;
  let officer: Session;
  const seeded = {
    expired: { crossings: [] as string[], alerts: [] as string[], vehicles: [] as string[], cases: [] as string[], placements: [] as string[], applications: [] as string[] },
    kept: { crossings: [] as string[], vehicles: [] as string[], cases: [] as string[], placements: [] as string[], applications: [] as string[] },
    persons: { purged: [] as string[], kept: [] as string[] },
    personal: [] as string[],
  };

  beforeAll(async () => {
    const db = database().db;
    app = await createTestApp(database());
    const tenant = await createTenant(db);
    const bcp = await tenant.site('bcp');
    const centre = await tenant.site('reception-centre');
    officer = await signIn(app, await tenant.user(['data-protection-officer']));
    const cutoff = retentionCutoff(new Date(), KEEP_MONTHS);
    const before = shifted(cutoff, -1);
    const after = shifted(cutoff, 1);

    // A traveller whose records sit on both sides of every cutoff: they stay (newer records refer to them).
    const traveller = await person(db);
    const old1 = await crossingAt(db, { personId: traveller.id, siteId: bcp, at: before, vehicle: true });
    const old2 = await crossingAt(db, { personId: traveller.id, siteId: bcp, at: shifted(before, -400) });
    const recent = await crossingAt(db, { personId: traveller.id, siteId: bcp, at: after, vehicle: true });
    seeded.expired.crossings.push(old1.crossingId, old2.crossingId);
    seeded.expired.alerts.push(old1.alertId, old2.alertId);
    seeded.expired.vehicles.push(old1.vehicleId!);
    seeded.kept.crossings.push(recent.crossingId);
    seeded.kept.vehicles.push(recent.vehicleId!);
    seeded.expired.cases.push((await closedCaseAt(db, { personId: traveller.id, organisationId: tenant.organisationId, closedAt: before, title: `Case of ${traveller.surname}` })).caseId);
    seeded.expired.cases.push((await closedCaseAt(db, { personId: traveller.id, organisationId: tenant.organisationId, closedAt: shifted(before, -90), trafficking: true })).caseId);
    seeded.kept.cases.push((await closedCaseAt(db, { personId: traveller.id, organisationId: tenant.organisationId, closedAt: after })).caseId);
    // An open case is never purged, however old.
    seeded.kept.cases.push((await closedCaseAt(db, { personId: traveller.id, organisationId: tenant.organisationId, closedAt: null })).caseId);
    seeded.expired.placements.push(await placementEndedAt(db, { personId: traveller.id, siteId: centre, checkedOutAt: before }));
    seeded.kept.placements.push(await placementEndedAt(db, { personId: traveller.id, siteId: centre, checkedOutAt: after }));
    seeded.expired.applications.push((await applicationClosedOn(db, { personId: traveller.id, siteId: centre, organisationId: tenant.organisationId, closedOn: shifted(before, -1) })).applicationId);
    seeded.kept.applications.push((await applicationClosedOn(db, { personId: traveller.id, siteId: centre, organisationId: tenant.organisationId, closedOn: shifted(after, 1) })).applicationId);
    await agePerson(db, traveller.id, shifted(before, -800));
    seeded.persons.kept.push(traveller.id);
    seeded.personal.push(traveller.id, traveller.surname, traveller.registrationNumber);

    // Old persons: one nobody refers to, one whose only record is an expired crossing, one linked to a recent relative.
    const forgotten = await person(db);
    const passedThrough = await person(db);
    const linked = await person(db);
    const relative = await person(db);
    await linkFamily(systemContext(db, 'test'), linked.id, relative.id, 'spouse');
    seeded.expired.crossings.push((await crossingAt(db, { personId: passedThrough.id, siteId: bcp, at: shifted(before, -10) })).crossingId);
    for (const old of [forgotten, passedThrough, linked]) {
      await agePerson(db, old.id, before);
      seeded.persons.purged.push(old.id);
    }
    // Changed after the cutoff (a history entry), or referenced by a kept record: kept.
    const recentlyChanged = await person(db);
    await agePerson(db, recentlyChanged.id, before);
    await db.update(persons).set({ updatedAt: after }).where(eq(persons.id, recentlyChanged.id));
    seeded.persons.kept.push(relative.id, recentlyChanged.id);
    for (const p of [forgotten, passedThrough, linked, relative, recentlyChanged]) {
      seeded.personal.push(p.id, p.surname, p.registrationNumber);
    }
    // An audit entry about a person who will be purged: it stays, and the chain still verifies.
    await inTransaction(systemContext(db, 'test'), (tx, txCtx) => recordAudit(tx, txCtx, { action: 'person.read', entityType: 'person', entityId: forgotten.id, fields: ['names'] }));
  });

  afterAll(async () => {
    await app.close();
  });

  async function rules(): Promise<Rule[]> {
    const response = await officer.get('/api/privacy/retention/rules');
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ rules: Rule[] }>().rules;
  }

  it('lists a disabled rule per record type and keeps changes with a version and an audit entry', async () => {
    const listed = await rules();
    expect(listed.map((r) => r.recordType)).toEqual([...RECORD_TYPES]);
    expect(listed.every((r) => !r.enabled)).toBe(true);
    // A purge under a rule that is off is refused.
    expect((await officer.post('/api/privacy/retention/rules/border.crossing/purge')).statusCode).toBe(422);
    for (const rule of listed) {
      const changed = await officer.patch(`/api/privacy/retention/rules/${rule.recordType}`, { version: rule.version, keepMonths: KEEP_MONTHS, enabled: true });
      expect(changed.statusCode, changed.body).toBe(200);
    }
    const stale = await officer.patch('/api/privacy/retention/rules/border.crossing', { version: listed[0]!.version, keepMonths: 1 });
    expect(stale.statusCode).toBe(409);
    expect((await officer.patch('/api/privacy/retention/rules/border.crossing', { version: 2, keepMonths: 0 })).statusCode).toBe(400);
    expect((await rules()).every((r) => r.enabled && r.keepMonths === KEEP_MONTHS)).toBe(true);
    const entries = await database().db.select().from(auditLog).where(eq(auditLog.action, 'privacy.retention.rule.update'));
    expect(entries.map((e) => e.entityId).sort()).toEqual([...RECORD_TYPES].sort());
    expect(entries.find((e) => e.entityId === 'border.crossing')!.detail).toMatchObject({ keepMonths: { to: KEEP_MONTHS }, enabled: { from: false, to: true } });
  });

  it('reports in a dry run exactly the expired records of each type, and changes nothing', async () => {
    const db = database().db;
    const counts = async () => ({
      crossings: (await db.select().from(crossings)).length,
      cases: (await db.select().from(cases)).length,
      placements: (await db.select().from(receptionPlacements)).length,
      applications: (await db.select().from(asylumApplications)).length,
      persons: (await db.select().from(persons)).length,
    });
    const before = await counts();
    const response = await officer.get('/api/privacy/retention/report');
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json<{ report: Array<{ recordType: string; count: number; oldest: string | null }> }>().report;
    const count = (type: string) => report.find((r) => r.recordType === type)!.count;
    expect(count('border.crossing')).toBe(seeded.expired.crossings.length);
    expect(count('cases.closed-case')).toBe(seeded.expired.cases.length);
    expect(count('reception.ended-placement')).toBe(seeded.expired.placements.length);
    expect(count('asylum.closed-application')).toBe(seeded.expired.applications.length);
    // Before the crossings go, only the two persons nobody else refers to would go.
    expect(count('people.person')).toBe(2);
    expect(report.find((r) => r.recordType === 'border.crossing')!.oldest! < report.find((r) => r.recordType === 'cases.closed-case')!.oldest!).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it('purges exactly the expired records with what hangs on them, then the persons nobody refers to', async () => {
    const db = database().db;
    const runs = [];
    for (const type of RECORD_TYPES) {
      runs.push(await purgeAndWait(officer, type));
    }
    expect(runs.map((r) => r.removed)).toEqual([seeded.expired.crossings.length, seeded.expired.cases.length, seeded.expired.placements.length, seeded.expired.applications.length, seeded.persons.purged.length]);
    expect(await remaining(db, crossings, [...seeded.expired.crossings, ...seeded.kept.crossings])).toEqual([...seeded.kept.crossings].sort());
    expect(await remaining(db, alerts, seeded.expired.alerts)).toEqual([]);
    expect(await db.select().from(falsePositives).where(inArray(falsePositives.alertId, seeded.expired.alerts))).toEqual([]);
    expect(await remaining(db, vehicleCrossings, [...seeded.expired.vehicles, ...seeded.kept.vehicles])).toEqual([...seeded.kept.vehicles].sort());
    expect(await remaining(db, cases, [...seeded.expired.cases, ...seeded.kept.cases])).toEqual([...seeded.kept.cases].sort());
    expect(await db.select().from(caseNotes).where(inArray(caseNotes.caseId, seeded.expired.cases))).toEqual([]);
    expect(await remaining(db, receptionPlacements, [...seeded.expired.placements, ...seeded.kept.placements])).toEqual([...seeded.kept.placements].sort());
    expect(await db.select().from(receptionAbsences).where(inArray(receptionAbsences.placementId, seeded.expired.placements))).toEqual([]);
    expect(await remaining(db, asylumApplications, [...seeded.expired.applications, ...seeded.kept.applications])).toEqual([...seeded.kept.applications].sort());
    expect(await db.select().from(asylumInterviews).where(inArray(asylumInterviews.applicationId, seeded.expired.applications))).toEqual([]);
    expect(await remaining(db, persons, [...seeded.persons.purged, ...seeded.persons.kept])).toEqual([...seeded.persons.kept].sort());
    // The kept relative lost the link to the purged person, nothing else.
    expect(await db.select().from(familyLinks).where(eq(familyLinks.relatedPersonId, seeded.persons.kept[1]!))).toEqual([]);
    expect(runs[0]!.deleted).toMatchObject({ crossings: 3, alerts: 3, alert_false_positives: 3, vehicle_crossings: 1 });

    // A second purge finds nothing more.
    expect((await purgeAndWait(officer, 'border.crossing')).removed).toBe(0);
  });

  it('leaves audit entries with counts and the rule but no personal data, and the chain verifies', async () => {
    const db = database().db;
    const entries = await db.select().from(auditLog).where(like(auditLog.action, 'privacy.retention.%'));
    const purges = entries.filter((e) => e.action === 'privacy.retention.purge');
    expect(purges.length).toBeGreaterThanOrEqual(RECORD_TYPES.length);
    expect(purges.find((e) => (e.detail as { recordType: string }).recordType === 'border.crossing')!.detail).toMatchObject({ keepMonths: KEEP_MONTHS, countedFrom: 'crossing-time', status: 'finished', removed: 3 });
    const text = JSON.stringify(entries);
    for (const value of seeded.personal) {
      expect(text).not.toContain(value);
    }
    // Entries about purged persons stay: the trail is never purged.
    expect((await db.select().from(auditLog).where(eq(auditLog.entityId, seeded.persons.purged[0]!))).length).toBeGreaterThan(0);
    const verification = await verifyAuditChain(db);
    expect(verification.problems).toEqual([]);
    expect(verification.ok).toBe(true);
  });

  it('runs one purge per record type at a time, and the schedule once a day whichever process asks', async () => {
    const db = database().db;
    const holder = randomUUID();
    const now = new Date();
    expect(await store.claimRule(db, 'border.crossing', holder, now, shifted(now, 1))).toBeDefined();
    const refused = await officer.post('/api/privacy/retention/rules/border.crossing/purge');
    expect(refused.statusCode, refused.body).toBe(409);
    await store.releaseLease(db, 'border.crossing', holder);

    const ctx = systemContext(db, 'retention');
    const [first, second] = await Promise.all([runScheduledRetention(ctx), runScheduledRetention(ctx)]);
    expect([...first!, ...second!].map((r) => r.recordType).sort()).toEqual([...RECORD_TYPES].sort());
    expect(await runScheduledRetention(ctx)).toEqual([]);
  });
});

describe('retention cutoff', () => {
  it('counts calendar months back and keeps a day the earlier month lacks at its last day', () => {
    expect(retentionCutoff(new Date('2026-05-31T10:00:00Z'), 3).toISOString()).toBe('2026-02-28T10:00:00.000Z');
    expect(retentionCutoff(new Date('2028-05-31T10:00:00Z'), 3).toISOString()).toBe('2028-02-29T10:00:00.000Z');
    expect(retentionCutoff(new Date('2026-01-15T00:00:00Z'), 24).toISOString()).toBe('2024-01-15T00:00:00.000Z');
  });
});
