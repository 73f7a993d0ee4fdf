/**
 * A person's travel history and stay: the crossings of the person (and of records merged into them),
 * the entry still open, and the 90/180 position (`src/common/stays`) on a day; and the overstayers report.
 * Days are the BCP's calendar days. History and stay are about a person, not a BCP: anyone who may read
 * crossings sees all of a visible person's crossings, wherever they happened.
 */
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { addDays, evaluateStays } from '../../../common/stays';
import * as store from './crossing-store';
import type { CrossingRow } from './crossing-store';
import { presentCrossing } from './presenter';
import { BORDER_TIME_ZONE } from './reference';
import { isTimeZone, localDay, staysFromCrossings } from './travel-days';
import { mergedRecordsOf, personNames, readPerson, visiblePersonIds } from './travellers';

/** Persons with an open entry evaluated at most per report. */
const OVERSTAY_CANDIDATES = 20_000;

/** Each crossing with its local day at its BCP. */
async function withLocalDays(db: Executor, rows: CrossingRow[]) {
  const siteRows = await store.selectSites(db, [...new Set(rows.map((r) => r.siteId))]);
  const zones = new Map(siteRows.map((s) => [s.id, isTimeZone(s.details.timeZone) ? s.details.timeZone : BORDER_TIME_ZONE]));
  return rows.map((row) => ({ row, day: localDay(row.at, zones.get(row.siteId) ?? BORDER_TIME_ZONE) }));
}

/** Today at the border. */
export function borderToday(ctx: Ctx): string {
  return localDay(ctx.now());
}

/** The 90/180 position of a person's crossings on a day (crossings after that day do not count). */
function stayOn(dated: { row: CrossingRow; day: string }[], on: string) {
  const known = dated.filter((d) => d.day <= on);
  const timeline = staysFromCrossings(known.map((d) => ({ id: d.row.id, direction: d.row.direction, at: d.row.at, day: d.day })));
  const evaluation = evaluateStays(timeline.stays, { referenceDate: on });
  const open = timeline.openEntry ? known.find((d) => d.row.id === timeline.openEntry!.crossingId)!.row : null;
  return {
    ...evaluation,
    openEntry: open ? { crossingId: open.id, day: timeline.openEntry!.day, siteId: open.siteId, purpose: open.purpose, nationality: open.nationality, document: { number: open.documentNumber, issuingState: open.documentIssuingState } } : null,
    stays: timeline.stays,
    anomalies: timeline.anomalies,
  };
}

async function personCrossings(ctx: Ctx, personId: string) {
  const person = await readPerson(ctx, personId);
  const ids = [person.id, ...(await mergedRecordsOf(ctx, person.id))];
  return { person, rows: await store.selectCrossingsOfPersons(ctx.db, ids) };
}

/** A person's crossings, oldest first (records merged into the person included). */
export async function travelHistory(ctx: Ctx, personId: string) {
  requirePermission(ctx, 'border.crossings.read');
  return inTransaction(ctx, async (tx, txCtx) => {
    const { person, rows } = await personCrossings(txCtx, personId);
    await recordAudit(tx, ctx, { action: 'border.person.crossings.read', entityType: 'person', entityId: person.id, fields: ['crossings'], detail: { crossings: rows.length } });
    return { personId: person.id, crossings: rows.map(presentCrossing) };
  });
}

/** A person's stay on a day (default today): open entry, days used and left, latest legal exit, overstay. */
export async function personStay(ctx: Ctx, personId: string, on?: string) {
  requirePermission(ctx, 'border.crossings.read');
  const day = on ?? borderToday(ctx);
  return inTransaction(ctx, async (tx, txCtx) => {
    const { person, rows } = await personCrossings(txCtx, personId);
    const stay = stayOn(await withLocalDays(tx, rows), day);
    await recordAudit(tx, ctx, { action: 'border.person.stay.read', entityType: 'person', entityId: person.id, fields: ['crossings', 'stay'], detail: { on: day } });
    return { personId: person.id, ...stay };
  });
}

/** The overstayers on `day` the caller may see, most days over first (no audit: the callers audit). */
export async function overstayersOn(db: Executor, ctx: Ctx, day: string) {
  const until = (await store.dayBounds(db, day, BORDER_TIME_ZONE)).to;
  const candidates = await store.personsWithOpenEntry(db, until, OVERSTAY_CANDIDATES);
  const visible = [...(await visiblePersonIds(db, ctx, candidates))];
  const byPerson = new Map<string, { row: CrossingRow; day: string }[]>();
  for (const dated of await withLocalDays(db, await store.selectCrossingsOfPersons(db, visible, until))) {
    byPerson.set(dated.row.personId, [...(byPerson.get(dated.row.personId) ?? []), dated]);
  }
  const stays = [...byPerson.entries()]
    .map(([personId, dated]) => ({ personId, ...stayOn(dated, day) }))
    .filter((s) => s.overstaying)
    .sort((a, b) => b.overstayDays - a.overstayDays);
  const names = await personNames(db, ctx, stays.map((s) => s.personId));
  const items = stays.map(({ personId, openEntry, daysUsed, overstayStart, overstayDays, windowStart }) => ({
    personId,
    person: names.get(personId) ?? null,
    openEntry,
    daysUsed,
    windowStart,
    overstayStart,
    // The last day the person could have left without overstaying.
    latestLegalExit: overstayStart ? addDays(overstayStart, -1) : null,
    overstayDays,
  }));
  return { evaluated: byPerson.size, items };
}

/** Persons in the territory on a day (default today) with more than 90 days in the 180 ending on it. */
export async function overstayers(ctx: Ctx, on?: string) {
  requirePermission(ctx, 'border.crossings.read');
  const day = on ?? borderToday(ctx);
  return inTransaction(ctx, async (tx) => {
    const { evaluated, items } = await overstayersOn(tx, ctx, day);
    await recordAudit(tx, ctx, { action: 'border.overstayers.read', entityType: 'person', fields: ['names', 'crossings', 'stay'], detail: { on: day, results: items.map((i) => i.personId) } });
    return { on: day, evaluated, items };
  });
}
