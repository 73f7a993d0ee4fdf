/** Shapes and queries of the border desk: crossings, screening, travel history, stays and alerts (/api/border/*). */
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { StayEvaluation, Stay } from '../../../../common/stays';
import type {
  AlertStatus,
  Decision,
  Direction,
  HitAction,
  Purpose,
  RefusalReason,
  VEHICLE_TYPES,
  VehicleRole,
} from '../../../../server/modules/border/reference';
import { api, queryString } from '../../../api';
import type { Site } from '../../admin/adminApi';
import type { Person, SearchResult } from '../../people/peopleApi';

export {
  ALERT_STATUSES,
  BORDER_TIME_ZONE,
  DIRECTIONS,
  PURPOSES,
  REFUSAL_REASON_CODES,
  VEHICLE_TYPES,
  type AlertStatus,
  type Decision,
  type Direction,
  type HitAction,
  type Purpose,
  type RefusalReason,
  type VehicleRole,
} from '../../../../server/modules/border/reference';
export type VehicleType = (typeof VEHICLE_TYPES)[number];
export type { Site };

export interface CrossingDocument {
  number: string;
  issuingState: string;
  kind: string;
  expiryDate: string | null;
  source: 'mrz' | 'typed';
  flags: string[];
}

export interface Crossing {
  id: string;
  clientRef: string;
  siteId: string;
  lane: string | null;
  direction: Direction;
  at: string;
  officerId: string;
  personId: string;
  document: CrossingDocument;
  nationality: string | null;
  vehicleCrossingId: string | null;
  vehicleRole: VehicleRole | null;
  purpose: Purpose | null;
  decision: Decision;
  refusalReason: RefusalReason | null;
  firstScanAt: string | null;
  processingMs: number | null;
  screeningHits: number;
  /** In lists of a BCP's crossings (not in a person's own history); null for a merged record. */
  traveller?: { registrationNumber: string; givenNames: string; surname: string } | null;
  /** In lists of a BCP's crossings: who decided. */
  officerName?: string | null;
}

export interface ListedEntry {
  id: string;
  externalRef: string | null;
  names: { name: string; kind: string }[];
  dateOfBirth: string | null;
  nationalities: string[];
  documentNumbers: string[];
  note: string | null;
  version: number;
}

export interface ScreeningHit {
  kind: 'watchlist' | 'lost-document';
  score: number;
  matchedOn: ('name' | 'document')[];
  reasons: string[];
  action: HitAction;
  source: { id: string; code: string; name: string; kind: string; threshold: number } | null;
  listVersion: number | null;
  entry: ListedEntry | null;
  lostDocument: {
    id: string;
    number: string;
    issuingState: string;
    reason: string;
    reportedAt: string;
    source: string | null;
  } | null;
}

export interface Screening {
  screenedAt: string;
  hits: ScreeningHit[];
  /** Hits held back because an officer judged them false positives for this person and entry. */
  suppressed: { entryId: string; alertId: string; source: string }[];
}

/** What an alert keeps: the hit as screened, with the traveller's data as they were screened. */
export type AlertExplanation = Partial<ScreeningHit> & {
  traveller?: {
    names: string[];
    dateOfBirth: string | null;
    nationalities: string[];
    document: { number: string; issuingState: string } | null;
  };
};

export interface BorderAlert {
  id: string;
  kind: 'watchlist' | 'lost-document';
  status: AlertStatus;
  crossingId: string;
  siteId: string;
  personId: string | null;
  action: HitAction;
  score: number;
  explanation: AlertExplanation;
  resolution: 'confirmed' | 'false-positive' | null;
  resolutionReason: string | null;
  resolvedAt: string | null;
  supervisorNote: string | null;
  supervisedAt: string | null;
  createdAt: string;
  can: { resolve: boolean; close: boolean };
}

export interface Traveller {
  id: string;
  registrationNumber: string;
  givenNames: string;
  surname: string;
  originalName: string | null;
  dateOfBirth: string | null;
  nationalities: string[];
}

export interface RecordedCrossing {
  replayed: boolean;
  crossing: Crossing;
  person: Traveller & { registered: boolean };
  alerts: BorderAlert[];
  suppressed: Screening['suppressed'];
}

export interface RecordedVehicle {
  replayed: boolean;
  vehicle: { id: string; plate: string; country: string; vehicleType: VehicleType; at: string };
  occupants: RecordedCrossing[];
}

export interface PersonStay extends StayEvaluation {
  personId: string;
  openEntry: { crossingId: string; day: string; siteId: string; purpose: Purpose | null } | null;
  stays: Stay[];
  anomalies: { crossingId: string; problem: 'exit-without-entry' | 'entry-without-exit' }[];
}

interface Page<T> {
  items: T[];
  nextBefore: string | null;
}

/** The document a traveller crosses with, as screening and the registry look it up. */
export interface ScannedDocument {
  number: string;
  issuingState: string;
  surname: string;
  givenNames: string;
  nationality: string;
  /** Partial when the MRZ leaves parts unknown: 'YYYY' or 'YYYY-MM'. */
  dateOfBirth: string | null;
}

/** A reference the server keys a crossing on: the same one again is the same crossing, never a second. */
export function newClientRef(): string {
  // randomUUID needs a secure context; a post served over plain HTTP on its LAN still has getRandomValues.
  if (typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}

/** The BCPs the caller can see, with their lanes. */
export const bcpSitesQuery = queryOptions({
  queryKey: ['border', 'bcps'],
  queryFn: () => api.get<Site[]>(`/api/admin/sites${queryString({ type: 'bcp' })}`),
  staleTime: 5 * 60_000,
});

/** The lanes a BCP lists in its details (none: any lane). */
export function lanesOf(site: Site | undefined): string[] {
  const lanes = site?.details.lanes;
  return Array.isArray(lanes) ? lanes.map(String) : [];
}

// Desk lookups are about one traveller at one moment: nothing is kept for the next one.
const ONE_TRAVELLER = { gcTime: 0, staleTime: 0 } as const;

/** The registry's holder of this document (same number and issuing state), or null. */
export function holderQuery(document: ScannedDocument | null) {
  return queryOptions({
    queryKey: ['border', 'desk', 'holder', document?.number, document?.issuingState],
    queryFn: async (): Promise<Person | null> => {
      const { results } = await api.get<{ results: SearchResult[] }>(
        `/api/people/search${queryString({ document: document!.number, limit: 5 })}`,
      );
      for (const { person: summary } of results) {
        const person = await api.get<Person>(`/api/people/${summary.id}`);
        if (
          person.documents.some(
            (d) => d.number === document!.number && d.issuingState === document!.issuingState,
          )
        ) {
          return person;
        }
      }
      return null;
    },
    enabled: document !== null,
    ...ONE_TRAVELLER,
  });
}

/** Screening of the traveller against the watchlists and the lost/stolen documents list. */
export function screeningQuery(document: ScannedDocument | null, personId: string | null, enabled: boolean) {
  return queryOptions({
    queryKey: ['border', 'desk', 'screening', document, personId],
    queryFn: () =>
      api.post<Screening>('/api/border/screen', {
        names: [`${document!.givenNames} ${document!.surname}`.trim()],
        dateOfBirth: document!.dateOfBirth,
        nationalities: document!.nationality ? [document!.nationality] : [],
        document: { number: document!.number, issuingState: document!.issuingState },
        personId,
      }),
    enabled: document !== null && enabled,
    ...ONE_TRAVELLER,
  });
}

/** A person's crossings, oldest first. */
export function travelHistoryQuery(personId: string | null) {
  return queryOptions({
    queryKey: ['border', 'person', personId, 'crossings'],
    queryFn: () =>
      api.get<{ personId: string; crossings: Crossing[] }>(`/api/border/persons/${personId}/crossings`),
    enabled: personId !== null,
  });
}

/** A person's 90/180 position today at the border. */
export function personStayQuery(personId: string | null) {
  return queryOptions({
    queryKey: ['border', 'person', personId, 'stay'],
    queryFn: () => api.get<PersonStay>(`/api/border/persons/${personId}/stay`),
    enabled: personId !== null,
  });
}

export interface CrossingFilter {
  siteId?: string;
  day?: string;
  direction?: Direction;
}

/** Crossings newest first, a page at a time. */
export function crossingsQuery(filter: CrossingFilter) {
  return infiniteQueryOptions({
    queryKey: ['border', 'crossings', filter],
    queryFn: ({ pageParam }) =>
      api.get<Page<Crossing>>(
        `/api/border/crossings${queryString({ ...filter, before: pageParam, limit: 50 })}`,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}

/** One crossing with its alerts. */
export function crossingQuery(id: string) {
  return queryOptions({
    queryKey: ['border', 'crossings', 'one', id],
    queryFn: () => api.get<Crossing & { officerName: string | null; alerts: BorderAlert[] }>(`/api/border/crossings/${id}`),
  });
}

/** Alerts for officers (default status: open), newest first. */
export function alertsQuery(filter: { status: AlertStatus; siteId?: string }) {
  return infiniteQueryOptions({
    queryKey: ['border', 'alerts', filter],
    queryFn: ({ pageParam }) =>
      api.get<Page<BorderAlert>>(
        `/api/border/alerts${queryString({ ...filter, before: pageParam, limit: 50 })}`,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}

/** Confirmed matches waiting for a supervisor. */
export function supervisionQuery(filter: { siteId?: string }) {
  return infiniteQueryOptions({
    queryKey: ['border', 'alerts', 'supervision', filter],
    queryFn: ({ pageParam }) =>
      api.get<Page<BorderAlert>>(
        `/api/border/alerts/supervision${queryString({ ...filter, before: pageParam, limit: 50 })}`,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}
