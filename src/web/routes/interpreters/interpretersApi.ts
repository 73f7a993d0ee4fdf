/** Shapes and queries of the interpreter pool (/api/interpreters). */
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../../api';

export const MODALITIES = ['in-person', 'phone', 'video'] as const;
export type Modality = (typeof MODALITIES)[number];
export const PURPOSE_KINDS = ['asylum-interview', 'case-meeting', 'other'] as const;
export type PurposeKind = (typeof PURPOSE_KINDS)[number];
export type AvailabilityProblem = 'no-availability-declared' | 'outside-availability' | 'unavailable';

export interface Language {
  code: string;
  /** English name from the ISO 639-3 code table. */
  name: string;
}

export interface Interpreter {
  id: string;
  name: string;
  languages: Language[];
  organisation: string;
  modalities: Modality[];
  timeZone: string;
  active: boolean;
  can: { manage: boolean; book: boolean };
}

export interface WeeklyWindow {
  weekday: number;
  start: string;
  end: string;
}
export interface DatedPeriod {
  startsAt: string;
  endsAt: string;
}
export interface Availability {
  timeZone: string;
  weekly: WeeklyWindow[];
  dated: DatedPeriod[];
  unavailable: (DatedPeriod & { note: string })[];
}

export interface InterpreterDetail extends Interpreter {
  phone: string | null;
  email: string | null;
  availability: Availability;
}

export interface Booking {
  id: string;
  interpreterId: string;
  interpreterName: string;
  startsAt: string;
  endsAt: string;
  language: string;
  modality: Modality;
  purpose: { kind: PurposeKind; reference: string; label: string };
  place: string;
  status: 'booked' | 'cancelled';
  outsideAvailability: boolean;
  cancelledAt: string | null;
  cancelReason: string | null;
  /** Another organisation's booking: only the time and the kind of work are shown. */
  restricted: boolean;
  can: { cancel: boolean };
}

export interface InterpreterBody {
  name: string;
  languages: string[];
  organisation: string;
  phone: string | null;
  email: string | null;
  modalities: Modality[];
  timeZone: string;
  active: boolean;
}

export interface BookingBody {
  interpreterId: string;
  startsAt: string;
  endsAt: string;
  language: string;
  modality: Modality;
  purpose: { kind: PurposeKind; reference: string; label: string };
  place: string;
  confirmOutsideAvailability: boolean;
}

export interface PoolFilter {
  language?: string;
  q?: string;
}

export interface BookingFilter {
  from?: string;
  to?: string;
  interpreterId?: string;
  includeCancelled?: boolean;
}

/** The pool by language and name. */
export const poolQuery = (filter: PoolFilter) =>
  queryOptions({
    queryKey: ['interpreters', 'pool', filter],
    queryFn: () =>
      api.get<{ interpreters: Interpreter[]; can: { manage: boolean; book: boolean } }>(
        `/api/interpreters${queryString({ language: filter.language, q: filter.q })}`,
      ),
    placeholderData: keepPreviousData,
  });

/** One interpreter with contact and availability. */
export const interpreterQuery = (id: string) =>
  queryOptions({
    queryKey: ['interpreters', 'one', id],
    queryFn: () => api.get<InterpreterDetail>(`/api/interpreters/${id}`),
  });

/** Bookings overlapping a period. */
export const bookingsQuery = (filter: BookingFilter) =>
  queryOptions({
    queryKey: ['interpreters', 'bookings', filter],
    queryFn: () =>
      api
        .get<{ bookings: Booking[] }>(
          `/api/interpreters/bookings${queryString({ from: filter.from, to: filter.to, interpreterId: filter.interpreterId, includeCancelled: filter.includeCancelled ? 'true' : undefined })}`,
        )
        .then((r) => r.bookings),
    placeholderData: keepPreviousData,
  });

/** Interpreters of a language free for a period. */
export const availableQuery = (query: {
  language: string;
  startsAt: string;
  endsAt: string;
  modality?: Modality;
}) =>
  queryOptions({
    queryKey: ['interpreters', 'available', query],
    queryFn: () =>
      api.get<{
        interpreters: (Interpreter & { problems: AvailabilityProblem[] })[];
        busy: { id: string; name: string }[];
      }>(`/api/interpreters/available${queryString(query)}`),
  });

/** ISO 639-3 languages by code or English name. */
export const languageSearchQuery = (q: string) =>
  queryOptions({
    queryKey: ['interpreters', 'languages', q],
    queryFn: () =>
      api
        .get<{ languages: Language[] }>(`/api/interpreters/languages${queryString({ q })}`)
        .then((r) => r.languages),
    enabled: q.trim().length > 0,
    staleTime: 3_600_000,
  });

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['interpreters'] });
}

/** Adds or changes an interpreter. */
export function useSaveInterpreter(id?: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: InterpreterBody) =>
      id
        ? api.put<Interpreter>(`/api/interpreters/${id}`, body)
        : api.post<Interpreter>('/api/interpreters', body),
    onSuccess: invalidate,
  });
}

/** Replaces an interpreter's availability. */
export function useSaveAvailability(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: Omit<Availability, 'timeZone'>) =>
      api.put<Availability>(`/api/interpreters/${id}/availability`, body),
    onSuccess: invalidate,
  });
}

/** Books an interpreter. */
export function useBook() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: BookingBody) => api.post<Booking>('/api/interpreters/bookings', body),
    onSuccess: invalidate,
  });
}

/** Cancels a booking with a reason. */
export function useCancelBooking() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      api.post<Booking>(`/api/interpreters/bookings/${id}/cancel`, { reason }),
    onSuccess: invalidate,
  });
}
