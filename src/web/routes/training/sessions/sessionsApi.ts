/** Shapes and queries of classroom sessions (/api/training/sessions) and what their forms pick from. */
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, hasStatus, queryString } from '../../../api';
import type { Sex } from '../../../reference';
import type { Course } from '../courses/coursesApi';

export const PHASES = ['pre', 'post'] as const;
export type Phase = (typeof PHASES)[number];

/** An answer: one option's id (true/false included), several, or free text. */
export type Answer = string | string[];

/** A participant's test of one phase, as the session shows it. */
export interface AttemptSummary {
  attemptId: string;
  /** `online`: taken through the personal link; `paper`: entered by a trainer. */
  source: 'online' | 'paper';
  score: number;
  maxScore: number;
  percent: number;
  /** True while short answers wait for a trainer's points. */
  pending: boolean;
  /** The answers given (needed to score short answers), when the server sends them. */
  answers?: Record<string, Answer>;
  /** Points per question already given. */
  points?: Record<string, number>;
}

export interface Participant {
  id: string;
  /** Set for staff of the system; null for external people. */
  userId: string | null;
  name: string;
  organisationName: string;
  sex: Sex;
  code: string;
  /** The personal test link (absolute, or a path on this server). */
  link: string;
  /** Present or absent per recorded session day (YYYY-MM-DD). */
  attendance: Record<string, boolean>;
  /** Share of the session's days present, in percent. */
  attendancePercent: number;
  pre: AttemptSummary | null;
  post: AttemptSummary | null;
  certificate: { code: string } | null;
}

export interface SessionTest {
  id: string;
  phase: Phase;
  questionIds: string[];
  openFrom: string;
  openTo: string;
}

/** What every view of a session carries. */
interface SessionFields {
  id: string;
  courseId: string;
  title: string;
  startDate: string;
  endDate: string;
  siteId: string | null;
  externalPlace: string | null;
  trainers: string[];
  capacity: number;
  prerequisiteModuleId: string | null;
}

/** A session in the list. */
export interface SessionSummary extends SessionFields {
  courseTitle: string;
  /** How many are enrolled. */
  participants: number;
  /** The site's name or the external place, when the server gives it. */
  place?: string | null;
}

/** A session with its course's rules, days, participants and tests. */
export interface SessionDetail extends SessionFields {
  course: Pick<Course, 'id' | 'code' | 'title' | 'passMark' | 'attendanceThreshold'>;
  /** The site's name or the external place. */
  place: string | null;
  days: string[];
  participants: Participant[];
  tests: SessionTest[];
}

export interface SessionBody {
  courseId: string;
  title: string;
  startDate: string;
  endDate: string;
  siteId?: string;
  externalPlace?: string;
  trainers: string[];
  capacity: number;
  prerequisiteModuleId?: string;
}

export interface SessionFilter {
  courseId?: string;
  from?: string;
  to?: string;
}

/** Means in percent over the participants with both tests scored (null when there are none). */
export interface GainSummary {
  meanPre: number | null;
  meanPost: number | null;
  meanGain: number | null;
  /** Share (0–1) of those participants whose post-test beat their pre-test. */
  improvedShare: number | null;
  count: number;
}

export interface ParticipantGain {
  id: string;
  name: string;
  pre: number | null;
  post: number | null;
  gain: number | null;
}

export interface SessionGain {
  participants: ParticipantGain[];
  summary: GainSummary;
}

/** A member of staff who can be enrolled. */
export interface StaffMember {
  id: string;
  displayName: string;
  organisationName: string;
}

export interface TrainingSite {
  id: string;
  name: string;
}

/** The sessions of a course and/or a period. */
export function sessionsQuery(filter: SessionFilter) {
  return queryOptions({
    queryKey: ['training', 'sessions', 'list', filter],
    queryFn: async () =>
      (await api.get<{ sessions: SessionSummary[] }>(`/api/training/sessions${queryString({ ...filter })}`))
        .sessions,
    placeholderData: keepPreviousData,
  });
}

/** One session with everything its page shows. */
export function sessionQuery(id: string) {
  return queryOptions({
    queryKey: ['training', 'sessions', id],
    queryFn: () => api.get<SessionDetail>(`/api/training/sessions/${id}`),
  });
}

/** Pre and post per participant, and the session's summary. */
export function sessionGainQuery(id: string) {
  return queryOptions({
    queryKey: ['training', 'sessions', id, 'gain'],
    queryFn: () => api.get<SessionGain>(`/api/training/sessions/${id}/gain`),
  });
}

/**
 * A list the forms pick from; a server that does not offer it (404) gives none, and the form falls back to
 * what it can do without (an external place, an external person) instead of showing an error.
 */
async function optionalList<T>(path: string, key: 'users' | 'sites'): Promise<T[]> {
  try {
    return (await api.get<Record<typeof key, T[]>>(path))[key];
  } catch (error) {
    if (hasStatus(error, 404)) {
      return [];
    }
    throw error;
  }
}

/** Staff whose name matches the words typed (for enrolment). */
export function staffSearchQuery(q: string) {
  return queryOptions({
    queryKey: ['training', 'staff', q],
    queryFn: () => optionalList<StaffMember>(`/api/training/staff${queryString({ q })}`, 'users'),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
  });
}

/** The sites a session can take place at. */
export const trainingSitesQuery = queryOptions({
  queryKey: ['training', 'sites'],
  queryFn: () => optionalList<TrainingSite>('/api/training/sites', 'sites'),
});

/** Creates a session; field errors are shown by the form (silent here). */
export function useCreateSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SessionBody) => api.post<SessionSummary>('/api/training/sessions', body),
    meta: { silent: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['training', 'sessions', 'list'] }),
  });
}

/** The absolute address of a participant's personal test link, whatever form the server gave it in. */
export function testLink(participant: Pick<Participant, 'link' | 'code'>): string {
  return new URL(participant.link || `/training/take/${participant.code}`, window.location.origin).href;
}

/** The address of a participant's certificate as a PDF. */
export function certificatePdfUrl(participantId: string): string {
  return `/api/training/participants/${participantId}/certificate.pdf`;
}
