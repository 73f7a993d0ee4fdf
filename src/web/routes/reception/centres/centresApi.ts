/** Shapes and queries of reception centres, their beds, residents, placements and occupancy (/api/reception). */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../../../api';
import type { PersonSummary } from '../../people/peopleApi';

/** capacity − blocked − occupied − reserved, shown as `free` (never below 0) and `overCapacityBy`. */
export interface Figures {
  capacity: number;
  blocked: number;
  occupied: number;
  reserved: number;
  free: number;
  overCapacityBy: number;
}

export interface Centre extends Figures {
  id: string;
  code: string;
  name: string;
  type: 'reception-centre' | 'contingency-centre';
  organisationId: string;
}

export const BED_STATES = ['free', 'occupied', 'reserved', 'blocked'] as const;
export type BedState = (typeof BED_STATES)[number];

export interface Bed {
  id: string;
  label: string;
  active: boolean;
  state: BedState;
  placementId?: string;
  reservationId?: string;
  person?: { id: string; name: string };
}

export const ROOM_PURPOSES = ['family', 'men', 'women', 'minors', 'medical', 'other'] as const;
export type RoomPurpose = (typeof ROOM_PURPOSES)[number];

export interface Room {
  id: string;
  name: string;
  purpose: RoomPurpose | null;
  beds: Bed[];
}

export interface Unit {
  id: string;
  name: string;
  rooms: Room[];
}

export interface Block {
  id: string;
  siteId: string;
  roomId: string | null;
  bedId: string | null;
  places: number;
  reason: string;
  from: string;
  to: string | null;
  createdAt: string;
}

export interface Reservation {
  id: string;
  siteId: string;
  bedId: string | null;
  places: number;
  personId: string | null;
  note: string | null;
  status: 'active' | 'used' | 'cancelled';
  until: string;
  createdAt: string;
}

export interface CentreDetail {
  centre: Centre;
  units: Unit[];
  blocks: Block[];
  reservations: Reservation[];
  can: { manage: boolean };
}

export interface Resident {
  placementId: string;
  person: PersonSummary | null;
  bed: { id: string; label: string; room: string; unit: string } | null;
  checkedInAt: string;
  checkedOutAt: string | null;
  checkoutReason: string | null;
  absent: boolean;
  overCapacityReason: string | null;
}

export interface Placement {
  id: string;
  personId: string;
  siteId: string;
  bedId: string | null;
  status: 'active' | 'ended';
  checkedInAt: string;
  checkedOutAt: string | null;
  checkoutReason: string | null;
  note: string | null;
  overCapacityReason: string | null;
  transferredFromId: string | null;
  transferredToId: string | null;
  exerciseId: string | null;
}

export interface Absence {
  id: string;
  placementId: string;
  from: string;
  to: string | null;
  reason: string;
}

export const SERVICE_KINDS = ['counselling', 'medical', 'legal', 'recreation', 'physical-therapy'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

export interface Service {
  id: string;
  placementId: string;
  personId: string;
  siteId: string;
  kind: ServiceKind;
  note: string | null;
  givenAt: string;
  givenBy: { id: string; name: string };
}

export const CHECKOUT_REASONS = ['left', 'moved-out', 'absconded', 'returned', 'other'] as const;
export type CheckoutReason = (typeof CHECKOUT_REASONS)[number];

export interface OverCapacityWarning {
  code: 'over_capacity';
  message: string;
  overCapacityBy: number;
}

export interface PersonPlacements {
  person: PersonSummary | null;
  placements: (Placement & {
    centre: { id: string; name: string };
    bed: { id: string; label: string } | null;
    absences: Absence[];
    services: Service[];
  })[];
  can: { manage: boolean };
}

export interface OccupancyDay extends Figures {
  day: string;
  source: 'snapshot' | 'computed';
}

export const centresQuery = queryOptions({
  queryKey: ['reception', 'centres'],
  queryFn: () => api.get<{ centres: Centre[]; national: Figures; can: { manage: boolean } }>('/api/reception/centres'),
});

export function centreQuery(siteId: string) {
  return queryOptions({
    queryKey: ['reception', 'centres', siteId],
    queryFn: () => api.get<CentreDetail>(`/api/reception/centres/${siteId}`),
  });
}

export function residentsQuery(siteId: string, status: 'active' | 'ended' | 'all') {
  return queryOptions({
    queryKey: ['reception', 'centres', siteId, 'residents', status],
    queryFn: () =>
      api.get<{ residents: Resident[]; can: { manage: boolean } }>(
        `/api/reception/centres/${siteId}/residents${queryString({ status })}`,
      ),
  });
}

export function occupancyHistoryQuery(from: string, to: string, siteId?: string) {
  return queryOptions({
    queryKey: ['reception', 'occupancy', from, to, siteId ?? 'national'],
    queryFn: () =>
      api.get<{ days: OccupancyDay[] }>(`/api/reception/occupancy/history${queryString({ from, to, siteId })}`),
  });
}

export function personPlacementsQuery(personId: string) {
  return queryOptions({
    queryKey: ['reception', 'people', personId, 'placements'],
    queryFn: () => api.get<PersonPlacements>(`/api/reception/people/${personId}/placements`),
  });
}

/** A write under /api/reception that refreshes every reception figure afterwards (places change everywhere). */
export function useReceptionWrite<TBody, TResult>(send: (body: TBody) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['reception'] }),
  });
}

/** POST to a reception path. */
export function postReception<T>(path: string, body: unknown): Promise<T> {
  return api.post<T>(`/api/reception${path}`, body);
}
