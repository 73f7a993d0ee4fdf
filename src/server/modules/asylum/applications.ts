/** Asylum applications: lodging (one open per person), reading, lists and the deadlines list. */
import { can, recordScope, requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { actorOrganisationId, inTransaction, type Ctx } from '../../platform/context';
import { conflict, forbidden, invalid, isUniqueViolation, notFound } from '../../platform/errors';
import { actorIds, recordLegalStatus, visiblePersonSummaries } from '../people/service';
import { addDays, addMonths, applicationDeadlines, type DeadlineState } from './deadlines';
import { describeApplication, summariseApplication, type PersonSummary } from './presenter';
import type { ApplicationStatus } from './reference';
import { asylumToday, currentSettings } from './settings';
import * as store from './store';
import { asylumApplications } from './tables';

/** Applications the caller may see: their organisation's, or all for national callers. */
export const applicationScope = (ctx: Ctx) => recordScope(ctx, { organisation: asylumApplications.organisationId });

/** Throws 403 naming people.write: the step records a legal status in the people registry. */
export function requireLegalStatusRight(ctx: Ctx): void {
  if (!can(ctx, 'people.write')) {
    throw forbidden('This step records the person’s legal status in the people registry: it also needs the people.write permission');
  }
}

/** A person the caller may see, or 404. */
export async function visiblePerson(ctx: Ctx, personId: string): Promise<PersonSummary> {
  const person = (await visiblePersonSummaries(ctx, [personId])).get(personId);
  if (!person) {
    throw notFound('Person');
  }
  return person;
}

/** Refuses a date after today or before `notBefore`, naming the field. */
export function requireDateWithin(field: string, value: string, today: string, notBefore?: { day: string; what: string }): void {
  if (value > today) {
    throw invalid(`${field} cannot be in the future`, [{ field, message: 'After today' }]);
  }
  if (notBefore && value < notBefore.day) {
    throw invalid(`${field} cannot be before ${notBefore.what} (${notBefore.day})`, [{ field, message: `Before ${notBefore.what}` }]);
  }
}

export interface LodgeInput {
  personId: string;
  lodgedOn: string;
  siteId: string;
  note?: string | null;
}

/** Lodges an application; the person becomes an asylum seeker. A second open application is refused (409). */
export async function lodgeApplication(ctx: Ctx, input: LodgeInput) {
  requirePermission(ctx, 'reception.manage');
  requireLegalStatusRight(ctx);
  const today = asylumToday(ctx);
  requireDateWithin('lodgedOn', input.lodgedOn, today);
  const actor = actorIds(ctx);
  try {
    return await inTransaction(ctx, async (tx, txCtx) => {
      const person = await visiblePerson(txCtx, input.personId);
      const site = await store.selectSite(tx, input.siteId);
      if (!site || !site.active) {
        throw invalid('The place of lodging must be an active site', [{ field: 'siteId', message: 'Unknown or closed site' }]);
      }
      const open = await store.selectOpenApplication(tx, input.personId);
      if (open) {
        throw conflict(`This person already has an open application (${open.number}, ${open.status}); a new one can be lodged once it is closed`);
      }
      const settings = await currentSettings(tx);
      const row = await store.insertApplication(tx, {
        number: await store.nextApplicationNumber(tx, Number(input.lodgedOn.slice(0, 4))),
        personId: input.personId,
        siteId: site.id,
        organisationId: actorOrganisationId(ctx.actor) ?? site.organisationId,
        status: 'lodged',
        lodgedOn: input.lodgedOn,
        note: input.note ?? null,
        decisionDueOn: addMonths(input.lodgedOn, settings.decisionDueMonths),
        lodgedBy: actor.userId,
      });
      await store.insertEvent(tx, { applicationId: row.id, action: 'lodged', fromStatus: null, toStatus: 'lodged', actorUserId: actor.userId, actorLabel: actor.label, detail: { lodgedOn: input.lodgedOn, siteId: site.id } });
      await recordLegalStatus(txCtx, input.personId, { status: 'asylum-seeker', validFrom: input.lodgedOn, note: `Asylum application ${row.number} lodged on ${input.lodgedOn}`, source: 'asylum-application', becomeCurrent: true });
      await recordAudit(tx, ctx, { action: 'asylum.application.lodge', entityType: 'asylum-application', entityId: row.id, fields: ['personId', 'lodgedOn', 'siteId', 'note'], detail: { personId: input.personId } });
      return describeApplication(txCtx, row, { ...person, legalStatus: 'asylum-seeker' });
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict('This person already has an open application (lodged at the same moment by someone else)');
    }
    throw error;
  }
}

/** One application with everything about it; audited. Not found when out of scope or the person is hidden. */
export async function getApplication(ctx: Ctx, id: string) {
  requirePermission(ctx, 'reception.read');
  return inTransaction(ctx, async (tx, txCtx) => {
    const row = await store.selectApplication(tx, id, applicationScope(ctx));
    if (!row) {
      throw notFound('Application');
    }
    const person = await visiblePerson(txCtx, row.personId).catch(() => {
      throw notFound('Application');
    });
    await recordAudit(tx, ctx, { action: 'asylum.application.read', entityType: 'asylum-application', entityId: id, fields: ['person', 'interviews', 'decision', 'appeals', 'history'] });
    return describeApplication(txCtx, row, person);
  });
}

/** Applications by status, person or number; persons the caller may not see are left out. Audited with the count. */
export async function listApplications(ctx: Ctx, filter: store.ApplicationFilter) {
  requirePermission(ctx, 'reception.read');
  const { rows, total } = await store.selectApplications(ctx.db, filter, applicationScope(ctx));
  const persons = await visiblePersonSummaries(ctx, rows.map((r) => r.personId));
  const siteNames = await store.selectSiteNames(ctx.db, rows.map((r) => r.siteId));
  const settings = await currentSettings(ctx.db);
  const today = asylumToday(ctx);
  const applications = rows.flatMap((row) => {
    const person = persons.get(row.personId);
    return person ? [summariseApplication(row, person, siteNames.get(row.siteId), today, settings.dueSoonDays)] : [];
  });
  await inTransaction(ctx, (tx) => recordAudit(tx, ctx, { action: 'asylum.application.list', entityType: 'asylum-application', detail: { count: applications.length, filter: { status: filter.status ?? null, personId: filter.personId ?? null } } }));
  return { applications, total, can: { lodge: can(ctx, 'reception.manage') && can(ctx, 'people.write') } };
}

/**
 * Applications whose decision or appeal deadline is due soon or overdue (of `state` if given), soonest first;
 * persons the caller may not see are left out. The deadlines list and its export.
 */
export async function deadlinesOf(ctx: Ctx, state?: Exclude<DeadlineState, 'ok'>) {
  const settings = await currentSettings(ctx.db);
  const today = asylumToday(ctx);
  const rows = await store.selectApplicationsWithDeadlineBy(ctx.db, addDays(today, settings.dueSoonDays), applicationScope(ctx));
  const persons = await visiblePersonSummaries(ctx, rows.map((r) => r.personId));
  return rows
    .flatMap((row) => {
      const person = persons.get(row.personId);
      if (!person) {
        return [];
      }
      const status = row.status as ApplicationStatus;
      return applicationDeadlines({ status, decisionDueOn: row.decisionDueOn, appealDueOn: row.appealDueOn }, today, settings.dueSoonDays)
        .filter((d) => d.state !== 'ok' && (!state || d.state === state))
        .map((d) => ({ applicationId: row.id, number: row.number, person, status, ...d }));
    })
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.number.localeCompare(b.number));
}

/** Applications whose decision or appeal deadline is due soon or overdue, soonest first. */
export async function listDeadlines(ctx: Ctx, state?: Exclude<DeadlineState, 'ok'>) {
  requirePermission(ctx, 'reception.read');
  const deadlines = await deadlinesOf(ctx, state);
  await inTransaction(ctx, (tx) => recordAudit(tx, ctx, { action: 'asylum.deadline.list', entityType: 'asylum-application', detail: { count: deadlines.length, state: state ?? null } }));
  return { deadlines };
}

/** Active sites where an application can be lodged. */
export async function lodgingSites(ctx: Ctx) {
  requirePermission(ctx, 'reception.read');
  return { sites: await store.selectActiveSites(ctx.db) };
}
