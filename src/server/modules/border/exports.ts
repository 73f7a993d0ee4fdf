/**
 * The border's lists as streamed exports (CSV/XLSX): crossings, alerts, overstayers, a watchlist's
 * entries and the lost/stolen documents. Each reads through the list's own condition and scope, and
 * leaves out the rows about persons the caller may not see, as the list does.
 */
import { and } from 'drizzle-orm';
import { requirePermission } from '../../platform/access/policy';
import { userDisplayNames } from '../../platform/auth/store';
import type { Ctx } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { rowsAfter } from '../../platform/export/keyset';
import { computedExport, keysetExport } from '../../platform/export/stream';
import * as alertStore from './alert-store';
import { alertScope } from './alerts';
import { crossingFilter, crossingScope, type CrossingQuery } from './crossing-list';
import * as store from './crossing-store';
import type { CrossingRow } from './crossing-store';
import type { AlertStatus, Direction } from './reference';
import type { LostDocumentRow } from './lost-document-store';
import * as registers from './register-store';
import { borderToday, overstayersOn } from './stays';
import { alerts, crossings, lostDocuments, watchlistEntries } from './tables';
import { personNames, visiblePersonIds } from './travellers';
import { selectSource } from './watchlist-store';

/** Names of BCP sites by id. */
async function siteNames(ctx: Ctx, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await store.selectSites(ctx.db, [...new Set(ids)]);
  return new Map(rows.map((s) => [s.id, s.name]));
}

/**
 * Of these persons, those the caller may see (as `visiblePersonIds`), from the names already read: a person
 * with a name is visible; the others (merged records, persons under a label) are checked as the list does.
 */
async function visibleAmong(ctx: Ctx, ids: readonly string[], named: ReadonlyMap<string, unknown>): Promise<Set<string>> {
  const others = await visiblePersonIds(ctx.db, ctx, ids.filter((id) => !named.has(id)));
  return new Set([...named.keys(), ...others]);
}

/** The crossings of the list's filter (no `before`: the whole list), newest first. */
export function crossingsExport(ctx: Ctx, query: { siteId?: string; day?: string; direction?: Direction }) {
  requirePermission(ctx, 'border.crossings.read');
  const listQuery: Omit<CrossingQuery, 'limit'> = { siteId: query.siteId, day: query.day, direction: query.direction };
  let resolved: ReturnType<typeof crossingFilter> | undefined;
  const filter = () => (resolved ??= crossingFilter(ctx.db, listQuery));
  return keysetExport({
    list: 'border.crossings',
    entityType: 'crossing',
    filter: { siteId: query.siteId ?? null, day: query.day ?? null, direction: query.direction ?? null },
    columns: CROSSING_COLUMNS,
    count: async () => store.countCrossings(ctx.db, await filter(), crossingScope(ctx)),
    read: async (lastId, limit) =>
      store.selectCrossings(ctx.db, { ...(await filter()), limit }, and(crossingScope(ctx), rowsAfter(crossings, crossings.at, crossings.id, 'desc', lastId))),
    present: async (rows) => {
      const names = await personNames(ctx.db, ctx, rows.map((r) => r.personId));
      const visible = await visibleAmong(ctx, rows.map((r) => r.personId), names);
      const shown = rows.filter((r) => visible.has(r.personId));
      const [officers, sites] = await Promise.all([userDisplayNames(ctx.db, shown.map((r) => r.officerId)), siteNames(ctx, shown.map((r) => r.siteId))]);
      return shown.map((row) => ({ row, person: names.get(row.personId), officer: row.officerId ? officers.get(row.officerId) : undefined, site: sites.get(row.siteId) }));
    },
  });
}

type CrossingLine = { row: CrossingRow; person?: { registrationNumber: string; givenNames: string; surname: string }; officer?: string; site?: string };

const CROSSING_COLUMNS = [
  { header: 'at', value: (l: CrossingLine) => l.row.at },
  { header: 'bcp', value: (l: CrossingLine) => l.site },
  { header: 'lane', value: (l: CrossingLine) => l.row.lane },
  { header: 'direction', value: (l: CrossingLine) => l.row.direction },
  { header: 'registrationNumber', value: (l: CrossingLine) => l.person?.registrationNumber },
  { header: 'surname', value: (l: CrossingLine) => l.person?.surname },
  { header: 'givenNames', value: (l: CrossingLine) => l.person?.givenNames },
  { header: 'nationality', value: (l: CrossingLine) => l.row.nationality },
  { header: 'documentKind', value: (l: CrossingLine) => l.row.documentKind },
  { header: 'documentNumber', value: (l: CrossingLine) => l.row.documentNumber },
  { header: 'documentIssuingState', value: (l: CrossingLine) => l.row.documentIssuingState },
  { header: 'purpose', value: (l: CrossingLine) => l.row.purpose },
  { header: 'decision', value: (l: CrossingLine) => l.row.decision },
  { header: 'refusalReason', value: (l: CrossingLine) => l.row.refusalReason },
  { header: 'processingSeconds', value: (l: CrossingLine) => (l.row.processingMs === null ? null : Math.round(l.row.processingMs / 100) / 10) },
  { header: 'screeningHits', value: (l: CrossingLine) => l.row.screeningHits },
  { header: 'officer', value: (l: CrossingLine) => l.officer },
];

/** The alerts of a status, newest first (the officers' list; the supervisors' queue is its confirmed ones). */
export function alertsExport(ctx: Ctx, query: { status: AlertStatus; siteId?: string }) {
  requirePermission(ctx, 'border.alerts.resolve');
  const scope = alertScope(ctx);
  const filter = { status: query.status, siteId: query.siteId };
  return keysetExport({
    list: 'border.alerts',
    entityType: 'alert',
    filter: { status: query.status, siteId: query.siteId ?? null },
    columns: ALERT_COLUMNS,
    count: () => alertStore.countAlerts(ctx.db, filter, scope),
    read: (lastId, limit) => alertStore.selectAlerts(ctx.db, { ...filter, limit }, and(scope, rowsAfter(alerts, alerts.createdAt, alerts.id, 'desc', lastId))),
    present: async (rows) => {
      const personIds = rows.flatMap((r) => (r.personId ? [r.personId] : []));
      const names = await personNames(ctx.db, ctx, personIds);
      const visible = await visibleAmong(ctx, personIds, names);
      const shown = rows.filter((r) => !r.personId || visible.has(r.personId));
      const sites = await siteNames(ctx, shown.flatMap((r) => (r.siteId ? [r.siteId] : [])));
      return shown.map((row) => ({ row, person: row.personId ? names.get(row.personId) : undefined, site: row.siteId ? sites.get(row.siteId) : undefined }));
    },
  });
}

type AlertLine = { row: alertStore.AlertRow; person?: { registrationNumber: string; givenNames: string; surname: string }; site?: string };

const ALERT_COLUMNS = [
  { header: 'raisedAt', value: (l: AlertLine) => l.row.createdAt },
  { header: 'kind', value: (l: AlertLine) => l.row.kind },
  { header: 'status', value: (l: AlertLine) => l.row.status },
  { header: 'bcp', value: (l: AlertLine) => l.site },
  { header: 'registrationNumber', value: (l: AlertLine) => l.person?.registrationNumber },
  { header: 'surname', value: (l: AlertLine) => l.person?.surname },
  { header: 'givenNames', value: (l: AlertLine) => l.person?.givenNames },
  { header: 'action', value: (l: AlertLine) => l.row.action },
  { header: 'score', value: (l: AlertLine) => l.row.score },
  { header: 'resolution', value: (l: AlertLine) => l.row.resolution },
  { header: 'resolvedAt', value: (l: AlertLine) => l.row.resolvedAt },
  { header: 'supervisedAt', value: (l: AlertLine) => l.row.supervisedAt },
];

/** The overstayers report of a day (computed whole, as the report is). */
export function overstayersExport(ctx: Ctx, query: { on?: string }) {
  requirePermission(ctx, 'border.crossings.read');
  const day = query.on ?? borderToday(ctx);
  return computedExport({
    list: 'border.overstayers',
    entityType: 'person',
    filter: { on: day },
    columns: [
      { header: 'registrationNumber', value: (i) => i.person?.registrationNumber },
      { header: 'surname', value: (i) => i.person?.surname },
      { header: 'givenNames', value: (i) => i.person?.givenNames },
      { header: 'entryDay', value: (i) => i.openEntry?.day },
      { header: 'nationality', value: (i) => i.openEntry?.nationality },
      { header: 'documentNumber', value: (i) => i.openEntry?.document.number },
      { header: 'daysUsed', value: (i) => i.daysUsed },
      { header: 'latestLegalExit', value: (i) => i.latestLegalExit },
      { header: 'overstayDays', value: (i) => i.overstayDays },
    ],
    load: async () => (await overstayersOn(ctx.db, ctx, day)).items,
  });
}

type EntryLine = Awaited<ReturnType<typeof registers.selectEntriesOfVersion>>[number];

/** A watchlist source's entries in its current version, by reference. */
export async function watchlistEntriesExport(ctx: Ctx, sourceId: string) {
  requirePermission(ctx, 'border.watchlists.manage');
  const source = await selectSource(ctx.db, sourceId);
  if (!source) {
    throw notFound('Watchlist');
  }
  const version = source.currentVersion;
  return keysetExport({
    list: 'border.watchlist-entries',
    entityType: 'watchlist-entry',
    filter: { sourceId, source: source.code, version },
    columns: [
      { header: 'externalRef', value: (e) => e.externalRef },
      { header: 'name', value: (e) => e.names.find((n) => n.kind === 'primary')?.name ?? e.names[0]?.name },
      { header: 'aliases', value: (e) => e.names.filter((n) => n.kind === 'alias').map((n) => n.name).join('; ') },
      { header: 'dateOfBirth', value: (e) => (e.dateOfBirth && e.dateOfBirthEstimated ? `~${e.dateOfBirth}` : e.dateOfBirth) },
      { header: 'nationalities', value: (e) => e.nationalities.join(' ') },
      { header: 'documentNumbers', value: (e) => e.documentNumbers.join(' ') },
      { header: 'action', value: (e) => e.action },
      { header: 'validFrom', value: (e) => e.validFrom },
      { header: 'validTo', value: (e) => e.validTo },
      { header: 'note', value: (e) => e.note },
      { header: 'addedInVersion', value: (e) => e.addedInVersion },
    ],
    count: () => registers.countEntriesOfVersion(ctx.db, sourceId, version),
    read: (lastId, limit) => registers.selectEntriesOfVersion(ctx.db, sourceId, version, rowsAfter(watchlistEntries, watchlistEntries.externalRef, watchlistEntries.id, 'asc', lastId), limit),
    present: async (rows: readonly EntryLine[]) => rows,
  });
}

/** The lost/stolen documents list (active ones, inactive ones, or all), newest listed first. */
export function lostDocumentsExport(ctx: Ctx, query: { active?: boolean }) {
  requirePermission(ctx, 'border.watchlists.manage');
  return keysetExport({
    list: 'border.lost-documents',
    entityType: 'lost-document',
    filter: { active: query.active ?? null },
    columns: [
      { header: 'number', value: (d) => d.number },
      { header: 'issuingState', value: (d) => d.issuingState },
      { header: 'reason', value: (d) => d.reason },
      { header: 'reportedAt', value: (d) => d.reportedAt },
      { header: 'source', value: (d) => d.source },
      { header: 'active', value: (d) => (d.active ? 'yes' : 'no') },
      { header: 'listedAt', value: (d) => d.createdAt },
      { header: 'deactivatedAt', value: (d) => d.deactivatedAt },
    ],
    count: () => registers.countLostDocuments(ctx.db, query),
    read: (lastId, limit) => registers.selectLostDocuments(ctx.db, query, rowsAfter(lostDocuments, lostDocuments.createdAt, lostDocuments.id, 'desc', lastId), limit),
    present: async (rows: readonly LostDocumentRow[]) => rows,
  });
}
