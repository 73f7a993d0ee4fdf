/**
 * Asylum's lists as streamed exports: applications and the register of representatives (keyset-paged
 * through the list's condition), the deadlines, the follow-ups and the minors' files (computed whole, as
 * their lists are). Persons the caller may not see are left out, as in the lists.
 */
import { requirePermission } from '../../platform/access/policy';
import type { Ctx } from '../../platform/context';
import { rowsAfter } from '../../platform/export/keyset';
import { computedExport, keysetExport } from '../../platform/export/stream';
import { visiblePersonSummaries } from '../people/service';
import { applicationScope, deadlinesOf } from './applications';
import type { DeadlineState } from './deadlines';
import { followUpsOf } from './follow-ups';
import * as minorStore from './minor-store';
import { minorsOf, type MinorsView } from './minors';
import { summariseApplication } from './presenter';
import type { FollowUpStatus } from './reference';
import { asylumToday, currentSettings } from './settings';
import * as store from './store';
import { asylumApplications, asylumRepresentatives } from './tables';

type ApplicationLine = ReturnType<typeof summariseApplication>;

/** The applications of the list's filter, newest lodged first. */
export function applicationsExport(ctx: Ctx, filter: { status?: string; personId?: string; q?: string }) {
  requirePermission(ctx, 'reception.read');
  const scope = applicationScope(ctx);
  return keysetExport({
    list: 'asylum.applications',
    entityType: 'asylum-application',
    filter: { status: filter.status ?? null, personId: filter.personId ?? null, q: filter.q ?? null },
    columns: [
      { header: 'number', value: (a: ApplicationLine) => a.number },
      { header: 'registrationNumber', value: (a: ApplicationLine) => a.person.registrationNumber },
      { header: 'surname', value: (a: ApplicationLine) => a.person.surname },
      { header: 'givenNames', value: (a: ApplicationLine) => a.person.givenNames },
      { header: 'nationalities', value: (a: ApplicationLine) => a.person.nationalities.join(' ') },
      { header: 'status', value: (a: ApplicationLine) => a.status },
      { header: 'lodgedOn', value: (a: ApplicationLine) => a.lodgedOn },
      { header: 'site', value: (a: ApplicationLine) => a.site.name },
      { header: 'decisionOutcome', value: (a: ApplicationLine) => a.decisionOutcome },
      { header: 'decidedOn', value: (a: ApplicationLine) => a.decidedOn },
      { header: 'deadline', value: (a: ApplicationLine) => a.deadline?.kind },
      { header: 'deadlineDueOn', value: (a: ApplicationLine) => a.deadline?.dueOn },
    ],
    count: () => store.countApplications(ctx.db, filter, scope),
    read: (lastId, limit) => store.selectApplicationsAfter(ctx.db, filter, scope, rowsAfter(asylumApplications, asylumApplications.lodgedOn, asylumApplications.id, 'desc', lastId), limit),
    present: async (rows) => {
      const [persons, siteNames, settings] = await Promise.all([
        visiblePersonSummaries(ctx, rows.map((r) => r.personId)),
        store.selectSiteNames(ctx.db, rows.map((r) => r.siteId)),
        currentSettings(ctx.db),
      ]);
      const today = asylumToday(ctx);
      return rows.flatMap((row) => {
        const person = persons.get(row.personId);
        return person ? [summariseApplication(row, person, siteNames.get(row.siteId), today, settings.dueSoonDays)] : [];
      });
    },
  });
}

/** The follow-ups of the list's filter, earliest due first. */
export function followUpsExport(ctx: Ctx, filter: { status: FollowUpStatus; overdue?: boolean }) {
  requirePermission(ctx, 'reception.read');
  return computedExport({
    list: 'asylum.follow-ups',
    entityType: 'asylum-follow-up',
    filter: { status: filter.status, overdue: filter.overdue ?? false },
    columns: [
      { header: 'registrationNumber', value: (f) => f.person.registrationNumber },
      { header: 'surname', value: (f) => f.person.surname },
      { header: 'givenNames', value: (f) => f.person.givenNames },
      { header: 'category', value: (f) => f.category },
      { header: 'dueOn', value: (f) => f.dueOn },
      { header: 'overdue', value: (f) => (f.overdue ? 'yes' : 'no') },
      { header: 'status', value: (f) => f.status },
      { header: 'assigneeOrganisation', value: (f) => f.assigneeOrganisation?.name },
      { header: 'assigneeTeam', value: (f) => f.assigneeTeam },
      { header: 'doneOn', value: (f) => f.doneOn },
    ],
    load: () => followUpsOf(ctx, filter),
  });
}

/** The minors' files of a view. */
export function minorsExport(ctx: Ctx, view: MinorsView) {
  requirePermission(ctx, 'reception.read');
  return computedExport({
    list: 'asylum.minors',
    entityType: 'person',
    filter: { view },
    columns: [
      { header: 'registrationNumber', value: (m) => m.person.registrationNumber },
      { header: 'surname', value: (m) => m.person.surname },
      { header: 'givenNames', value: (m) => m.person.givenNames },
      { header: 'dateOfBirth', value: (m) => m.person.dateOfBirth },
      { header: 'ageMin', value: (m) => m.age?.min },
      { header: 'ageMax', value: (m) => m.age?.max },
      { header: 'ageSource', value: (m) => m.ageSource },
      { header: 'unaccompanied', value: (m) => (m.unaccompanied ? 'yes' : 'no') },
      { header: 'representative', value: (m) => m.representative?.name },
      { header: 'representativeSince', value: (m) => m.representative?.fromOn },
    ],
    load: () => minorsOf(ctx, view),
  });
}

/** The deadlines due soon or overdue (of `state` if given), soonest first (computed whole, as the list is: bounded by its query). */
export function deadlinesExport(ctx: Ctx, state?: Exclude<DeadlineState, 'ok'>) {
  requirePermission(ctx, 'reception.read');
  return computedExport({
    list: 'asylum.deadlines',
    entityType: 'asylum-application',
    filter: { state: state ?? null },
    columns: [
      { header: 'number', value: (d) => d.number },
      { header: 'registrationNumber', value: (d) => d.person.registrationNumber },
      { header: 'surname', value: (d) => d.person.surname },
      { header: 'givenNames', value: (d) => d.person.givenNames },
      { header: 'status', value: (d) => d.status },
      { header: 'deadline', value: (d) => d.kind },
      { header: 'dueOn', value: (d) => d.dueOn },
      { header: 'daysLeft', value: (d) => d.daysLeft },
      { header: 'state', value: (d) => d.state },
    ],
    load: () => deadlinesOf(ctx, state),
  });
}

type RepresentativeLine = Awaited<ReturnType<typeof minorStore.selectRepresentativesAfter>>[number];

/** The register of legal representatives (or its active ones), by name, with each one's caseload. */
export function representativesExport(ctx: Ctx, query: { activeOnly: boolean }) {
  requirePermission(ctx, 'reception.read');
  return keysetExport({
    list: 'asylum.representatives',
    entityType: 'asylum-representative',
    filter: { activeOnly: query.activeOnly },
    columns: [
      { header: 'name', value: (r: RepresentativeLine) => r.representative.name },
      { header: 'organisation', value: (r: RepresentativeLine) => r.representative.organisation },
      { header: 'contact', value: (r: RepresentativeLine) => r.representative.contact },
      { header: 'trainedOn', value: (r: RepresentativeLine) => r.representative.trainedOn },
      { header: 'active', value: (r: RepresentativeLine) => (r.representative.active ? 'yes' : 'no') },
      { header: 'caseload', value: (r: RepresentativeLine) => Number(r.caseload) },
    ],
    count: () => minorStore.countRepresentatives(ctx.db, query.activeOnly),
    read: async (lastId, limit) =>
      (await minorStore.selectRepresentativesAfter(ctx.db, query.activeOnly, rowsAfter(asylumRepresentatives, asylumRepresentatives.name, asylumRepresentatives.id, 'asc', lastId), limit)).map((row) => ({
        ...row,
        id: row.representative.id,
      })),
    present: async (rows) => rows,
  });
}
