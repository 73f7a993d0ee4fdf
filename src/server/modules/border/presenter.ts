/** How crossings and alerts are shown, with what the caller may do next. */
import { can } from '../../platform/access/policy';
import type { Ctx } from '../../platform/context';
import type { AlertRow } from './alert-store';
import type { CrossingRow } from './crossing-store';
import { REFUSAL_REASONS, type RefusalReason } from './reference';
import type { PersonView } from './travellers';

/** A crossing as the API shows it. */
export function presentCrossing(row: CrossingRow) {
  return {
    id: row.id,
    clientRef: row.clientRef,
    siteId: row.siteId,
    lane: row.lane,
    direction: row.direction,
    at: row.at.toISOString(),
    officerId: row.officerId,
    personId: row.personId,
    document: { number: row.documentNumber, issuingState: row.documentIssuingState, kind: row.documentKind, expiryDate: row.documentExpiry, source: row.documentSource, flags: row.documentFlags },
    nationality: row.nationality,
    vehicleCrossingId: row.vehicleCrossingId,
    vehicleRole: row.vehicleRole,
    purpose: row.purpose,
    decision: row.decision,
    refusalReason: row.refusalReason,
    refusalReasonText: row.refusalReason ? REFUSAL_REASONS[row.refusalReason as RefusalReason] : null,
    firstScanAt: row.firstScanAt?.toISOString() ?? null,
    processingMs: row.processingMs,
    screeningHits: row.screeningHits,
  };
}

/** An alert with what the caller may do with it. */
export function presentAlert(ctx: Ctx, row: AlertRow) {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    crossingId: row.crossingId,
    siteId: row.siteId,
    personId: row.personId,
    watchlistEntryId: row.watchlistEntryId,
    sourceId: row.sourceId,
    listVersion: row.listVersion,
    lostDocumentId: row.lostDocumentId,
    action: row.action,
    score: row.score,
    explanation: row.explanation,
    resolution: row.resolution,
    resolutionReason: row.resolutionReason,
    resolvedBy: row.resolvedBy,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    supervisorNote: row.supervisorNote,
    supervisedBy: row.supervisedBy,
    supervisedAt: row.supervisedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    can: {
      resolve: row.status === 'open' && can(ctx, 'border.alerts.resolve'),
      close: row.status === 'confirmed' && can(ctx, 'border.alerts.supervise'),
    },
  };
}

/** The person a crossing is about, briefly. */
export function presentTraveller(person: PersonView) {
  return {
    id: person.id,
    registrationNumber: person.registrationNumber,
    givenNames: person.givenNames,
    surname: person.surname,
    originalName: person.originalName,
    dateOfBirth: person.dateOfBirth,
    nationalities: person.nationalities,
    version: person.version,
  };
}
