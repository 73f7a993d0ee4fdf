/**
 * Recording a traveller's crossing at a BCP: the document is read again on the server, the traveller is
 * screened before anything is stored, the person is found (chosen, by document) or registered, and the
 * crossing, its alerts and the audit entry are written in one transaction. The desk's client reference
 * makes it idempotent: the same crossing sent twice is recorded once and the second call gets the first.
 */
import { recordScope, requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { sites } from '../../platform/auth/tables';
import { inTransaction, type Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db/client';
import { AppError, conflict, invalid, notFound } from '../../platform/errors';
import { actorIds } from '../people/service';
import * as alertStore from './alert-store';
import { publishCrossingRecorded } from './crossing-events';
import { checkDecision, crossingTimes, readTravelDocument, type DocumentFields, type TravelDocument } from './crossing-input';
import * as store from './crossing-store';
import type { CrossingRow } from './crossing-store';
import { presentAlert, presentCrossing, presentTraveller } from './presenter';
import { BORDER_TIME_ZONE, type Decision, type Direction, type Purpose, type RefusalReason, type VehicleRole } from './reference';
import { findHits, withoutRememberedFalsePositives, type ScreeningHit } from './screening';
import { isTimeZone } from './travel-days';
import { readPerson, resolveTraveller, type TravellerDetails } from './travellers';

/** One traveller's part of a crossing. */
export interface TravellerCrossingInput {
  firstScanAt?: string | null;
  decidedAt?: string | null;
  document: DocumentFields;
  traveller?: TravellerDetails;
  purpose?: Purpose | null;
  decision: Decision;
  refusalReason?: RefusalReason | null;
}

export interface CrossingInput extends TravellerCrossingInput {
  clientRef: string;
  siteId: string;
  lane?: string | null;
  direction: Direction;
  at?: string | null;
}

/** A crossing checked and screened, not yet written. */
export interface PreparedCrossing {
  clientRef: string;
  site: { id: string; timeZone: string };
  lane: string | null;
  direction: Direction;
  input: TravellerCrossingInput;
  document: TravelDocument;
  times: ReturnType<typeof crossingTimes>;
  refusalReason: RefusalReason | null;
  hits: ScreeningHit[];
}

/** Thrown inside the writing transaction when the client reference was taken meanwhile: roll back, replay. */
export class ClientRefTaken extends Error {}

/** Recording needs the registry too: the traveller may be found or registered. */
export function requireRecordingPermissions(ctx: Ctx): void {
  requirePermission(ctx, 'border.crossings.record');
  requirePermission(ctx, 'people.read');
  requirePermission(ctx, 'people.write');
}

/** The BCP of a crossing: a site the caller may work at, of type BCP, active, with the lane if it lists lanes. */
export async function bcpForCrossing(ctx: Ctx, siteId: string, lane: string | null | undefined) {
  const site = await store.selectSite(ctx.db, siteId, recordScope(ctx, { site: sites.id }));
  if (!site) {
    throw notFound('BCP');
  }
  if (site.type !== 'bcp' || !site.active) {
    throw invalid(`${site.name} is not an open border crossing point`, [{ field: 'siteId', message: site.type !== 'bcp' ? `A ${site.type}, not a BCP` : 'Closed' }]);
  }
  const lanes = Array.isArray(site.details.lanes) ? site.details.lanes.map(String) : [];
  if (lane && lanes.length > 0 && !lanes.includes(lane)) {
    throw invalid(`${site.name} has no lane "${lane}"`, [{ field: 'lane', message: `Use one of ${lanes.join(', ')}` }]);
  }
  return { id: site.id, timeZone: isTimeZone(site.details.timeZone) ? site.details.timeZone : BORDER_TIME_ZONE };
}

/** Names, date of birth, nationalities and document of the traveller, as screening takes them. */
function screeningInput(document: TravelDocument, details: TravellerDetails | undefined) {
  const names = [`${document.givenNames} ${document.surname}`.trim(), details?.originalName ?? '', ...(details?.otherNames ?? []).map((o) => o.name)].filter((n) => n.trim());
  return {
    names: [...new Set(names)],
    dateOfBirth: document.dateOfBirth,
    nationalities: [...new Set([...(document.nationality ? [document.nationality] : []), ...(details?.nationalities ?? [])])],
    document: { number: document.number, issuingState: document.issuingState },
  };
}

/** Checks one traveller's crossing and screens them; writes nothing. */
export async function prepareCrossing(
  ctx: Ctx,
  common: { clientRef: string; site: PreparedCrossing['site']; lane?: string | null; direction: Direction; at?: string | null },
  input: TravellerCrossingInput,
): Promise<PreparedCrossing> {
  const now = ctx.now();
  const document = readTravelDocument(input.document, now);
  const times = crossingTimes({ at: common.at, firstScanAt: input.firstScanAt, decidedAt: input.decidedAt }, now);
  const refusalReason = checkDecision(input.decision, input.refusalReason);
  const hits = await findHits(ctx, screeningInput(document, input.traveller));
  return { clientRef: common.clientRef, site: common.site, lane: common.lane ?? null, direction: common.direction, input, document, times, refusalReason, hits };
}

/** Writes a prepared crossing inside the caller's transaction: person, crossing, alerts, audit. */
export async function storeCrossing(tx: Tx, txCtx: Ctx, prepared: PreparedCrossing, vehicle?: { id: string; role: VehicleRole }) {
  const { person, registered } = await resolveTraveller(txCtx, prepared.input.traveller ?? {}, prepared.document);
  const { hits, suppressed } = await withoutRememberedFalsePositives(tx, prepared.hits, { id: person.id, version: person.version });
  const officer = actorIds(txCtx).userId;
  const row = await store.insertCrossing(tx, {
    clientRef: prepared.clientRef,
    siteId: prepared.site.id,
    lane: prepared.lane,
    direction: prepared.direction,
    at: prepared.times.at,
    officerId: officer,
    personId: person.id,
    documentNumber: prepared.document.number,
    documentIssuingState: prepared.document.issuingState,
    documentKind: prepared.document.kind,
    documentExpiry: prepared.document.expiryDate,
    documentSource: prepared.document.source,
    documentFlags: prepared.document.flags,
    nationality: prepared.document.nationality,
    vehicleCrossingId: vehicle?.id ?? null,
    vehicleRole: vehicle?.role ?? null,
    purpose: prepared.input.purpose ?? null,
    decision: prepared.input.decision,
    refusalReason: prepared.refusalReason,
    firstScanAt: prepared.times.firstScanAt,
    processingMs: prepared.times.processingMs,
    screeningHits: hits.length,
  });
  if (!row) {
    throw new ClientRefTaken(prepared.clientRef);
  }
  const traveller = screeningInput(prepared.document, prepared.input.traveller);
  const alerts = await alertStore.insertAlerts(
    tx,
    hits.map((hit) => ({
      crossingId: row.id,
      siteId: row.siteId,
      personId: person.id,
      kind: hit.kind,
      watchlistEntryId: hit.entry?.id ?? null,
      sourceId: hit.source?.id ?? null,
      listVersion: hit.listVersion,
      lostDocumentId: hit.lostDocument?.id ?? null,
      action: hit.action,
      score: hit.score,
      explanation: { ...hit, traveller, personVersion: person.version },
      raisedBy: officer,
    })),
  );
  // Published once the alerts are written too, so a listener sees the whole crossing.
  await publishCrossingRecorded(tx, txCtx, { crossingId: row.id, personId: person.id, siteId: row.siteId, direction: prepared.direction, decision: prepared.input.decision, at: row.at });
  await recordAudit(tx, txCtx, {
    action: 'border.crossing.record',
    entityType: 'crossing',
    entityId: row.id,
    fields: ['person', 'document', 'direction', 'decision', 'purpose'],
    detail: { personId: person.id, registered, alerts: alerts.map((a) => a.id), suppressed: suppressed.length, vehicleCrossingId: vehicle?.id ?? null },
  });
  return { crossing: presentCrossing(row), person: { ...presentTraveller(person), registered }, alerts: alerts.map((a) => presentAlert(txCtx, a)), suppressed };
}

/** What a repeated call gets: the crossing recorded the first time, with its alerts (the read is audited). */
export async function replayCrossing(ctx: Ctx, existing: CrossingRow) {
  return inTransaction(ctx, async (tx, txCtx) => {
    const person = await readPerson(txCtx, existing.personId);
    const alerts = await alertStore.selectAlertsOfCrossings(tx, [existing.id]);
    await recordAudit(tx, ctx, { action: 'border.crossing.replay', entityType: 'crossing', entityId: existing.id, fields: ['person', 'document', 'decision'] });
    return { replayed: true, crossing: presentCrossing(existing), person: { ...presentTraveller(person), registered: false }, alerts: alerts.map((a) => presentAlert(ctx, a)), suppressed: [] };
  });
}

/** The same client reference must mean the same crossing: a different one under it is refused. */
function requireSameCrossing(existing: CrossingRow, input: CrossingInput, document: TravelDocument): void {
  if (existing.siteId !== input.siteId || existing.direction !== input.direction || existing.documentNumber !== document.number) {
    throw conflict(`The client reference "${input.clientRef}" was already used for another crossing; give each crossing its own reference`);
  }
}

/**
 * Records one traveller crossing at a BCP (see the module README for the rules). Checks, screening and
 * writes share one transaction: screening reads only, and still comes before anything is written.
 * A repeated client reference is not looked up first: the crossing's insert finds it taken, the
 * transaction (with any registration it made) rolls back, and the first crossing is answered. Repeats are
 * a desk's retries, rare beside the crossings, which save the look-up.
 */
export async function recordCrossing(ctx: Ctx, input: CrossingInput) {
  requireRecordingPermissions(ctx);
  try {
    return await inTransaction(ctx, async (tx, txCtx) => {
      const site = await bcpForCrossing(txCtx, input.siteId, input.lane);
      const prepared = await prepareCrossing(txCtx, { ...input, site }, input);
      return { replayed: false, ...(await storeCrossing(tx, txCtx, prepared)) };
    });
  } catch (error) {
    if (!(error instanceof ClientRefTaken)) {
      throw error;
    }
    // Another request with the same reference committed first (a desk retrying): answer with its crossing.
    const first = await store.selectCrossingByClientRef(ctx.db, input.clientRef);
    if (!first) {
      throw new AppError('internal_error', 500, 'The crossing could not be recorded; send it again');
    }
    requireSameCrossing(first, input, readTravelDocument(input.document, ctx.now()));
    return replayCrossing(ctx, first);
  }
}
