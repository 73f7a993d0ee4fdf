/**
 * Screening a traveller against the watchlists and the lost/stolen documents list. Names are screened
 * against the live list versions (`name-screening.ts`: the in-memory index, or the database lookup while
 * it is built) and scored with date of birth and nationality; a hit is a score at or above its list's
 * threshold, or an exact document number. Each hit says why, from which list and version, and what to do.
 */
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, rootDatabase, type Ctx } from '../../platform/context';
import type { Executor, Tx } from '../../platform/db/client';
import { invalid } from '../../platform/errors';
import { parsePartialDate } from '../../../common/dates/partial-date';
import { scorePersonPair } from '../people/name-index';
import * as alertStore from './alert-store';
import { normaliseDocumentNumber } from './crossing-input';
import * as lostStore from './lost-document-store';
import type { HitAction } from './reference';
import { lookupScope, nameHits } from './name-screening';
import { screeningIndexStatus } from './screening-index/live-index';
import { localDay } from './travel-days';
import { personVersion } from './travellers';
import { entryAsCandidate, entrySnapshot, travellerAsCandidate } from './watchlist-entries';
import * as store from './watchlist-store';
import type { SourceRow } from './watchlist-store';

export interface TravellerToScreen {
  /** The name as in the document first, then the name in the original script and aliases. */
  names: string[];
  dateOfBirth?: string | null;
  dateOfBirthEstimated?: boolean;
  nationalities?: string[];
  document?: { number: string; issuingState?: string | null } | null;
  /** The registry's person, when known: remembered false positives apply to them. */
  person?: { id: string; version: number } | null;
}

export interface ScreeningHit {
  kind: 'watchlist' | 'lost-document';
  score: number;
  matchedOn: ('name' | 'document')[];
  reasons: string[];
  action: HitAction;
  source: { id: string; code: string; name: string; kind: string; threshold: number } | null;
  /** The version of the list that was live (the alert records it). */
  listVersion: number | null;
  entry: ReturnType<typeof entrySnapshot> | null;
  lostDocument: { id: string; number: string; issuingState: string; reason: string; reportedAt: string; source: string | null } | null;
}

export interface Screening {
  screenedAt: string;
  hits: ScreeningHit[];
  /** Hits not raised because an officer judged them false positives for this person and entry. */
  suppressed: { entryId: string; alertId: string; source: string }[];
}

function sourceOf(source: SourceRow): NonNullable<ScreeningHit['source']> {
  return { id: source.id, code: source.code, name: source.name, kind: source.kind, threshold: source.threshold };
}

/** Every hit for the traveller, before remembered false positives are taken out. Not audited. */
export async function findHits(ctx: Ctx, traveller: TravellerToScreen): Promise<ScreeningHit[]> {
  return inTransaction(ctx, async (tx) => hitsOf(ctx, tx, traveller));
}

async function hitsOf(ctx: Ctx, tx: Tx, traveller: TravellerToScreen): Promise<ScreeningHit[]> {
  const now = ctx.now();
  const today = localDay(now);
  const birth = traveller.dateOfBirth ? parsePartialDate(traveller.dateOfBirth, { estimated: traveller.dateOfBirthEstimated ?? false, today: now }) : null;
  // The sources as this transaction sees them: the versions screened, and the ones the alerts record.
  const sources = await store.selectAllSources(tx);
  const scope = lookupScope(sources, birth?.ok ? birth.range : null, today);
  const query = travellerAsCandidate(traveller);
  const hits = new Map<string, ScreeningHit>();
  for (const { entry, source, score } of await nameHits(rootDatabase(ctx.db), tx, sources, traveller, scope)) {
    const reasons = scorePersonPair(query, entryAsCandidate(entry, traveller.names)).reasons;
    hits.set(entry.id, { kind: 'watchlist', score, matchedOn: ['name'], reasons, action: entry.action as HitAction, source: sourceOf(source), listVersion: source.currentVersion, entry: entrySnapshot(entry), lostDocument: null });
  }
  const document = traveller.document;
  if (document?.number) {
    const listed = await store.documentListings(tx, document.number, document.issuingState ?? null, today);
    for (const { entry, source } of await store.selectEntries(tx, listed.entryIds)) {
      const reason = `same document number ${document.number} (the list gives no issuing state)`;
      const known = hits.get(entry.id);
      hits.set(
        entry.id,
        known
          ? { ...known, score: 1, matchedOn: ['document', 'name'], reasons: [reason, ...known.reasons] }
          : { kind: 'watchlist', score: 1, matchedOn: ['document'], reasons: [reason], action: entry.action as HitAction, source: sourceOf(source), listVersion: source.currentVersion, entry: entrySnapshot(entry), lostDocument: null },
      );
    }
    const lost = listed.lostDocumentId ? await lostStore.selectLostDocumentById(tx, listed.lostDocumentId) : undefined;
    if (lost) {
      hits.set(`lost:${lost.id}`, {
        kind: 'lost-document',
        score: 1,
        matchedOn: ['document'],
        reasons: [`document ${lost.number} issued by ${lost.issuingState} is listed as ${lost.reason} since ${lost.reportedAt}`],
        action: 'seize-document',
        source: null,
        listVersion: null,
        entry: null,
        lostDocument: { id: lost.id, number: lost.number, issuingState: lost.issuingState, reason: lost.reason, reportedAt: lost.reportedAt, source: lost.source },
      });
    }
  }
  return [...hits.values()].sort((a, b) => b.score - a.score);
}

/**
 * Takes out the hits an officer already judged false positives for this person and entry, as long as
 * neither the person's record nor the entry changed since (a change of either raises the hit again).
 */
export async function withoutRememberedFalsePositives(db: Executor, hits: ScreeningHit[], person: { id: string; version: number } | null | undefined) {
  if (!person) {
    return { hits, suppressed: [] as Screening['suppressed'] };
  }
  const entryIds = hits.flatMap((h) => (h.entry ? [h.entry.id] : []));
  if (entryIds.length === 0) {
    // Most travellers: nothing listed to have been judged before, so nothing to ask the database.
    return { hits, suppressed: [] as Screening['suppressed'] };
  }
  const remembered = new Map((await alertStore.selectFalsePositives(db, person.id, entryIds)).map((fp) => [fp.watchlistEntryId, fp]));
  const raised: ScreeningHit[] = [];
  const suppressed: Screening['suppressed'] = [];
  for (const hit of hits) {
    const fp = hit.entry ? remembered.get(hit.entry.id) : undefined;
    if (fp && hit.entry && fp.personVersion === person.version && fp.entryVersion === hit.entry.version) {
      suppressed.push({ entryId: hit.entry.id, alertId: fp.alertId, source: hit.source?.code ?? '' });
    } else {
      raised.push(hit);
    }
  }
  return { hits: raised, suppressed };
}

/** Screens a traveller (names incl. aliases, date of birth, nationality, document); audited. */
export async function screenTraveller(ctx: Ctx, traveller: Omit<TravellerToScreen, 'person'> & { personId?: string | null }): Promise<Screening> {
  requirePermission(ctx, 'border.crossings.record');
  const birth = traveller.dateOfBirth?.trim() ? parsePartialDate(traveller.dateOfBirth, { today: ctx.now() }) : null;
  if (birth && !birth.ok) {
    throw invalid(`Date of birth: ${birth.message}`, [{ field: 'dateOfBirth', message: birth.message }]);
  }
  const person = traveller.personId ? await personVersion(ctx.db, ctx, traveller.personId) : null;
  const document = traveller.document ? { number: normaliseDocumentNumber(traveller.document.number), issuingState: traveller.document.issuingState?.toUpperCase() ?? null } : null;
  const found = await findHits(ctx, { ...traveller, document, dateOfBirth: birth?.date.value ?? null, dateOfBirthEstimated: birth?.date.estimated ?? false });
  return inTransaction(ctx, async (tx) => {
    const { hits, suppressed } = await withoutRememberedFalsePositives(tx, found, person);
    await recordAudit(tx, ctx, {
      action: 'border.screen',
      entityType: person ? 'person' : undefined,
      entityId: person?.id,
      fields: ['names', 'dateOfBirth', 'nationalities', 'document'],
      detail: { hits: hits.map((h) => ({ entryId: h.entry?.id ?? null, lostDocumentId: h.lostDocument?.id ?? null, listVersion: h.listVersion, score: h.score })), suppressed: suppressed.length },
    });
    return { screenedAt: ctx.now().toISOString(), hits, suppressed };
  });
}

/**
 * What the screening of this process uses: whether the in-memory index is ready (the database lookup serves
 * until it is), how many entries it holds, and each list's version in it beside the list's current one.
 */
export async function screeningStatus(ctx: Ctx) {
  requirePermission(ctx, 'border.crossings.record');
  const index = screeningIndexStatus(rootDatabase(ctx.db));
  const sources = await store.selectAllSources(ctx.db);
  return {
    index: { ready: index.ready, building: index.building, entries: index.entries, builtAt: index.builtAt },
    lists: sources
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((s) => ({ id: s.id, code: s.code, active: s.active, currentVersion: s.currentVersion, versionInUse: index.ready ? (index.versions[s.id] ?? 0) : s.currentVersion })),
  };
}
