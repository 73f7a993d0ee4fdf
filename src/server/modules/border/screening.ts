/**
 * Screening a traveller against the watchlists and the lost/stolen documents list. Candidates come from
 * the live entries sharing hashed blocking keys with the traveller's names (narrow two-part lookup first,
 * widened while nothing matches surely: the people search's scheme), then the name matcher scores them
 * with date of birth and nationality; a hit is a score at or above its list's threshold, or an exact
 * document number. Each hit says why, from which list and version, and what to do.
 */
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import type { Executor, Tx } from '../../platform/db/client';
import { invalid } from '../../platform/errors';
import { parsePartialDate, type DateRange } from '../../../common/dates/partial-date';
import { identityCeiling, normaliseName } from '../../../common/names';
import { personPairCeiling, personPairScore, scorePersonPair, yearKeys } from '../people/name-index';
import { keyLookup, lookupKeys, steerToIndex, type Breadth } from '../people/name-lookup';
import * as alertStore from './alert-store';
import { normaliseDocumentNumber } from './crossing-input';
import * as lostStore from './lost-document-store';
import type { HitAction } from './reference';
import { localDay } from './travel-days';
import { personVersion } from './travellers';
import { entryAsCandidate, entrySnapshot } from './watchlist-entries';
import * as store from './watchlist-store';
import type { EntryRow, SourceRow } from './watchlist-store';

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

const CANDIDATE_LIMIT = 200;
const PRE_RANK_LIMIT = 1000;
const TRIGRAM_WEIGHT = 10;
/**
 * Screening looks every name up once, at the widest step of the shared lookup (entries sharing any key of
 * any part, one-consonant-deleted skeletons included), and scores every candidate. It does not stop at
 * the first good match as person search does: a traveller may be on several lists with different
 * actions, and a namesake found first must not hide the listed person (at a million entries, with a
 * narrow first step, it did). Ranking by shared keys puts two-part matches first, and the candidates'
 * dates of birth spare most of the scoring (see `personPairCeiling`).
 */
const SCREENING_STEP: Breadth = { parts: 'any', deletions: true };

/**
 * The highest score a listed name can reach against a traveller whose date of birth is more than a year
 * away from the listed one: a perfect name, lowered for the different date, raised for a shared
 * nationality (≈ 0.6). Lists whose thresholds are all above it need only be searched among entries born
 * within a year of the traveller (or of unknown birth), which spares scoring every namesake on the list.
 */
const FARTHEST_BIRTH_SCORE = identityCeiling({ dateOfBirth: '1970-01-01', nationalities: ['SYR'] }, { dateOfBirth: '1990-06-15', nationalities: ['SYR'] });

/** Where the traveller's names are looked up: among entries born near their date of birth, or all. */
interface LookupScope {
  today: string;
  /** The traveller's birth range when the lookup may keep to it. */
  born: DateRange | null;
}

async function lookupScope(tx: Tx, traveller: TravellerToScreen, now: Date): Promise<LookupScope> {
  const today = localDay(now);
  const birth = traveller.dateOfBirth ? parsePartialDate(traveller.dateOfBirth, { estimated: traveller.dateOfBirthEstimated ?? false, today: now }) : null;
  if (!birth?.ok) {
    return { today, born: null };
  }
  const lowest = await store.lowestActiveThreshold(tx);
  return { today, born: lowest !== null && lowest > FARTHEST_BIRTH_SCORE ? birth.range : null };
}

/** Live entries whose names share keys with `name` at this breadth, the best CANDIDATE_LIMIT. */
async function entriesByName(tx: Tx, name: string, scope: LookupScope, step: Breadth) {
  const born = scope.born;
  const keys = lookupKeys(name, step);
  if (!keys) {
    return [];
  }
  const lookup = keyLookup(born ? keys.map((partKeys) => yearKeys(partKeys, born)) : keys, step);
  return store.rankedLiveEntries(tx, {
    byBirthYear: born !== null,
    matches: lookup.matches,
    rankHashes: keyLookup(keys, step).allHashes,
    searchName: normaliseName(name),
    today: scope.today,
    preRank: PRE_RANK_LIMIT,
    limit: CANDIDATE_LIMIT,
    trigramWeight: TRIGRAM_WEIGHT,
  });
}

function travellerAsCandidate(traveller: TravellerToScreen) {
  const [primary, ...others] = traveller.names;
  return {
    givenNames: '',
    surname: primary ?? '',
    otherNames: others.map((name) => ({ name, kind: 'alias' as const })),
    dateOfBirth: traveller.dateOfBirth ?? null,
    dateOfBirthEstimated: traveller.dateOfBirthEstimated ?? false,
    nationalities: traveller.nationalities ?? [],
  };
}

function sourceOf(source: SourceRow): NonNullable<ScreeningHit['source']> {
  return { id: source.id, code: source.code, name: source.name, kind: source.kind, threshold: source.threshold };
}

type Candidate = { entry: EntryRow; source: SourceRow };

/** Live entries found by any of the traveller's names, each scored once. */
async function nameCandidates(tx: Tx, traveller: TravellerToScreen, scope: LookupScope): Promise<Map<string, Candidate & { score: number }>> {
  const query = travellerAsCandidate(traveller);
  const found = new Map<string, Candidate & { score: number }>();
  for (const name of traveller.names) {
    for (const { entry, source } of await entriesByName(tx, name, scope, SCREENING_STEP)) {
      if (found.has(entry.id)) {
        continue;
      }
      const candidate = entryAsCandidate(entry);
      // Most namesakes are born on another day: their dates alone keep them under the threshold, and
      // comparing their names (the costly part) could not change that.
      const score = personPairCeiling(query, candidate) < source.threshold ? 0 : personPairScore(query, candidate);
      found.set(entry.id, { entry, source, score });
    }
  }
  return found;
}

/** Every hit for the traveller, before remembered false positives are taken out. Not audited. */
export async function findHits(ctx: Ctx, traveller: TravellerToScreen): Promise<ScreeningHit[]> {
  // One transaction for every lookup: the planner settings once, one statement per lookup step.
  return inTransaction(ctx, async (tx) => {
    await steerToIndex(tx);
    return hitsOf(tx, traveller, await lookupScope(tx, traveller, ctx.now()));
  });
}

async function hitsOf(tx: Tx, traveller: TravellerToScreen, scope: LookupScope): Promise<ScreeningHit[]> {
  const today = scope.today;
  const query = travellerAsCandidate(traveller);
  const hits = new Map<string, ScreeningHit>();
  for (const { entry, source, score } of (await nameCandidates(tx, traveller, scope)).values()) {
    if (score >= source.threshold) {
      const reasons = scorePersonPair(query, entryAsCandidate(entry)).reasons;
      hits.set(entry.id, { kind: 'watchlist', score, matchedOn: ['name'], reasons, action: entry.action as HitAction, source: sourceOf(source), listVersion: source.currentVersion, entry: entrySnapshot(entry), lostDocument: null });
    }
  }
  const document = traveller.document;
  if (document?.number) {
    const ids = await store.liveEntryIdsByDocument(tx, document.number, today);
    for (const { entry, source } of await store.selectEntries(tx, ids)) {
      const reason = `same document number ${document.number} (the list gives no issuing state)`;
      const known = hits.get(entry.id);
      hits.set(
        entry.id,
        known
          ? { ...known, score: 1, matchedOn: ['document', 'name'], reasons: [reason, ...known.reasons] }
          : { kind: 'watchlist', score: 1, matchedOn: ['document'], reasons: [reason], action: entry.action as HitAction, source: sourceOf(source), listVersion: source.currentVersion, entry: entrySnapshot(entry), lostDocument: null },
      );
    }
    const lost = document.issuingState ? await lostStore.selectLostDocument(tx, document.number, document.issuingState) : undefined;
    if (lost?.active) {
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
