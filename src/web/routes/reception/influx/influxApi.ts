/** Shapes and queries of mass influx: contingency plans, pre-registration, the board and exercises. */
import { queryOptions } from '@tanstack/react-query';
import { api, queryString } from '../../../api';
import type { Centre, OverCapacityWarning } from '../centres/centresApi';

export interface Plan {
  id: string;
  siteId: string;
  siteName: string;
  name: string;
  description: string | null;
  centres: { id: string; name: string }[];
  status: 'inactive' | 'active';
  activatedAt: string | null;
  activatedBy: string | null;
  deactivatedAt: string | null;
}

export const TRIAGE_FLAGS = ['medicalUrgency', 'child', 'vulnerable'] as const;
export type TriageFlag = (typeof TRIAGE_FLAGS)[number];
export type Triage = Record<TriageFlag, boolean>;

export const INFLUX_SEXES = ['M', 'F', 'X', 'U'] as const;
export type InfluxSex = (typeof INFLUX_SEXES)[number];

/** How many pre-registered people carry each flag, and how many in all. */
export type TriageCounts = { total: number } & Record<TriageFlag, number>;

export interface MemberBody {
  name: string;
  sex: InfluxSex;
  approximateAge: number;
  nationality?: string;
  triage: Triage;
  arrivalId?: string;
}

export interface Registration {
  id: string;
  planId: string;
  groupId: string;
  personId: string;
  wristband: string;
  qr: { svg: string; png: string };
  nameAsGiven: string;
  sex: InfluxSex;
  approximateAge: number;
  nationality: string | null;
  triage: Triage;
  arrivedAt: string;
  preregisteredAt: string;
  allocatedAt: string | null;
  centre: { id: string; name: string };
  bed: { id: string; label: string } | null;
  reservationId: string | null;
  overCapacity: boolean;
  completedAt: string | null;
  exerciseId: string | null;
}

export interface RegistrationResult {
  group: { id: string; label: string; size: number; centre: { id: string; name: string } };
  registrations: Registration[];
  warning: OverCapacityWarning | null;
}

export interface Board {
  plan: Plan;
  at: string;
  arrivalsPerHour: { hour: string; count: number }[];
  triage: TriageCounts;
  centres: Centre[];
  placesLeft: number;
  groups: number;
  overCapacity: number;
}

export interface Exercise {
  id: string;
  planId: string;
  name: string;
  status: 'running' | 'finished';
  mode: 'auto' | 'manual';
  parameters: Record<string, unknown>;
  startedAt: string;
  finishedAt: string | null;
  people: number;
  registered: number;
}

export interface Waits {
  p50: number;
  p95: number;
  max: number;
}

export interface ExerciseReport {
  exercise: Exercise;
  people: number;
  groups: number;
  elapsedMinutes: number;
  throughputPerHour: number;
  waits: { arrivalToPreregistered: Waits; preregisteredToAllocated: Waits; arrivalToAllocated: Waits };
  triage: TriageCounts;
  centres: { id: string; name: string; allocated: number }[];
  overCapacity: number;
}

export interface Arrival {
  id: string;
  arrivesAt: string;
  groupKey: string;
  name: string;
  sex: InfluxSex;
  approximateAge: number;
  nationality: string | null;
  triage: Triage;
}

export interface ExerciseBody {
  planId: string;
  name: string;
  people: number;
  minutes: number;
  familyShare: number;
  minorShare: number;
  vulnerableShare: number;
  seed?: number;
  mode: 'auto' | 'manual';
  clerks: number;
  secondsPerPerson: number;
}

export const plansQuery = queryOptions({
  queryKey: ['reception', 'influx', 'plans'],
  queryFn: () =>
    api.get<{ plans: Plan[]; can: { activate: boolean; preregister: boolean } }>('/api/reception/influx/plans'),
});

/** The live board; it refreshes itself every `refreshMs`. */
export function boardQuery(planId: string, exerciseId: string | undefined, refreshMs: number) {
  return queryOptions({
    queryKey: ['reception', 'influx', 'board', planId, exerciseId ?? 'real'],
    queryFn: () =>
      api.get<Board>(`/api/reception/influx/plans/${planId}/board${queryString({ exerciseId, hours: 12 })}`),
    refetchInterval: refreshMs,
    refetchIntervalInBackground: false,
  });
}

export function registrationsQuery(planId: string, exerciseId: string | undefined, q: string) {
  return queryOptions({
    queryKey: ['reception', 'influx', 'registrations', planId, exerciseId ?? 'real', q],
    queryFn: () =>
      api.get<{ registrations: Registration[] }>(
        `/api/reception/influx/plans/${planId}/registrations${queryString({ exerciseId, q, limit: 50 })}`,
      ),
  });
}

export function exercisesQuery(planId?: string) {
  return queryOptions({
    queryKey: ['reception', 'influx', 'exercises', planId ?? 'all'],
    queryFn: () => api.get<{ exercises: Exercise[] }>(`/api/reception/influx/exercises${queryString({ planId })}`),
  });
}

export function exerciseReportQuery(id: string) {
  return queryOptions({
    queryKey: ['reception', 'influx', 'exercises', id, 'report'],
    queryFn: () => api.get<ExerciseReport>(`/api/reception/influx/exercises/${id}/report`),
  });
}

export function arrivalsQuery(exerciseId: string) {
  return queryOptions({
    queryKey: ['reception', 'influx', 'exercises', exerciseId, 'arrivals'],
    queryFn: () => api.get<{ arrivals: Arrival[] }>(`/api/reception/influx/exercises/${exerciseId}/arrivals?limit=30`),
    refetchInterval: 15_000,
  });
}
