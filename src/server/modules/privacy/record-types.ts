/**
 * The record types a retention rule can govern, each with the date its period counts from and the owning
 * module's functions that survey and purge its expired records. Audit entries are not among them: the
 * trail is append-only and holds no personal values (see README).
 */
import type { Ctx } from '../../platform/context';
import { personsHeldByAsylum, purgeClosedApplications, surveyClosedApplications } from '../asylum/retention';
import { personsHeldByBorder, purgeExpiredCrossings, surveyExpiredCrossings } from '../border/retention';
import { personsHeldByCases, purgeClosedCases, surveyClosedCases } from '../cases/retention';
import { personsHeldByDocuments } from '../documents/retention';
import { personRetentionCandidates, personsHeldByPeople, purgePersons } from '../people/retention';
import { personsHeldByReception, purgeEndedPlacements, surveyEndedPlacements } from '../reception/retention';
import type { ExpiredSurvey, PurgedBatch } from './contract';

export const RECORD_TYPES = ['border.crossing', 'cases.closed-case', 'reception.ended-placement', 'asylum.closed-application', 'people.person'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** A purge batch's outcome; `cursor` is where the next batch resumes (null when nothing is left). */
export interface PurgeStep extends PurgedBatch {
  cursor: string | null;
}

export interface RecordTypeDefinition {
  code: RecordType;
  /** The date the period counts from (the only choice each type offers today). */
  countedFrom: string;
  /** The period proposed when the rule is first created (disabled). */
  defaultKeepMonths: number;
  survey(ctx: Ctx, before: Date): Promise<ExpiredSurvey>;
  /** Purges one batch of at most `limit` records; called again with the returned cursor until it is null. */
  purgeBatch(ctx: Ctx, before: Date, limit: number, cursor: string | null): Promise<PurgeStep>;
}

/** A purge step for record types whose expired records simply disappear: the next batch starts over. */
function simple(purge: (ctx: Ctx, before: Date, limit: number) => Promise<PurgedBatch>): RecordTypeDefinition['purgeBatch'] {
  return async (ctx, before, limit) => {
    const batch = await purge(ctx, before, limit);
    return { ...batch, cursor: batch.removed === limit ? 'more' : null };
  };
}

/** Every module that may refer to a person: a person any of them refers to is kept. */
const PERSON_HOLDERS = [personsHeldByPeople, personsHeldByBorder, personsHeldByReception, personsHeldByAsylum, personsHeldByCases, personsHeldByDocuments];

/** Of these candidates, the ids no module refers to any longer. */
export async function unreferencedPersons(ctx: Ctx, ids: readonly string[]): Promise<string[]> {
  const held = new Set<string>();
  for (const holder of PERSON_HOLDERS) {
    for (const id of await holder(ctx, ids)) {
      held.add(id);
    }
  }
  return ids.filter((id) => !held.has(id));
}

async function surveyPersons(ctx: Ctx, before: Date): Promise<ExpiredSurvey> {
  let count = 0;
  const oldest: string[] = [];
  let after: string | null = null;
  for (;;) {
    const candidates = await personRetentionCandidates(ctx, before, after, 1000);
    const free = new Set(await unreferencedPersons(ctx, candidates.map((c) => c.id)));
    for (const candidate of candidates.filter((c) => free.has(c.id))) {
      count += 1;
      if (oldest.length === 0 || candidate.lastChange < oldest[0]!) {
        oldest[0] = candidate.lastChange;
      }
    }
    if (candidates.length < 1000) {
      return { count, oldest: oldest[0] ?? null };
    }
    after = candidates[candidates.length - 1]!.id;
  }
}

async function purgePersonBatch(ctx: Ctx, before: Date, limit: number, cursor: string | null): Promise<PurgeStep> {
  const candidates = await personRetentionCandidates(ctx, before, cursor, limit);
  const free = await unreferencedPersons(ctx, candidates.map((c) => c.id));
  const batch = await purgePersons(ctx, free);
  return { ...batch, cursor: candidates.length === limit ? candidates[candidates.length - 1]!.id : null };
}

export const RECORD_TYPE_DEFINITIONS: Record<RecordType, RecordTypeDefinition> = {
  'border.crossing': {
    code: 'border.crossing',
    countedFrom: 'crossing-time',
    defaultKeepMonths: 5 * 12,
    survey: surveyExpiredCrossings,
    purgeBatch: simple(purgeExpiredCrossings),
  },
  'cases.closed-case': {
    code: 'cases.closed-case',
    countedFrom: 'closure',
    defaultKeepMonths: 10 * 12,
    survey: surveyClosedCases,
    purgeBatch: simple(purgeClosedCases),
  },
  'reception.ended-placement': {
    code: 'reception.ended-placement',
    countedFrom: 'check-out',
    defaultKeepMonths: 5 * 12,
    survey: surveyEndedPlacements,
    purgeBatch: simple(purgeEndedPlacements),
  },
  'asylum.closed-application': {
    code: 'asylum.closed-application',
    countedFrom: 'closure',
    defaultKeepMonths: 10 * 12,
    survey: surveyClosedApplications,
    purgeBatch: simple(purgeClosedApplications),
  },
  'people.person': {
    code: 'people.person',
    countedFrom: 'last-change',
    defaultKeepMonths: 10 * 12,
    survey: surveyPersons,
    purgeBatch: purgePersonBatch,
  },
};

/** True when `value` names a record type. */
export function isRecordType(value: string): value is RecordType {
  return (RECORD_TYPES as readonly string[]).includes(value);
}

/**
 * The instant `keepMonths` calendar months before `now` (UTC): records dated before it are expired, a
 * record dated exactly then is kept. A day the earlier month lacks becomes its last day (31 May − 3 months
 * = 28/29 February).
 */
export function retentionCutoff(now: Date, keepMonths: number): Date {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() - keepMonths;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(
    Date.UTC(year, month, Math.min(now.getUTCDate(), lastDay), now.getUTCHours(), now.getUTCMinutes(), now.getUTCSeconds(), now.getUTCMilliseconds()),
  );
}
