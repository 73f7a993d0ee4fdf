/**
 * The case access policy, computed once from the caller's context and turned into SQL: every list,
 * count, search, export and single read of cases goes through `visibleCases`, so a case the caller may
 * not see is simply not found. See the README ("Who sees a case").
 */
import { sql, type SQL } from 'drizzle-orm';
import { can, clearancesOf } from '../../platform/access/policy';
import { actorOrganisationId, type Ctx } from '../../platform/context';
import { CASE_SECTIONS, type CaseSection } from './reference';
import { caseOrganisations, caseReferrals, cases } from './tables';

/**
 * `cases.id` spelt out: Drizzle leaves columns unqualified in the select list of a one-table query, and
 * inside a subquery on referrals an unqualified "id" would be the referral's.
 */
const CASE_ID = sql.raw('"cases"."id"');

export interface CaseAccessPolicy {
  /** The system sees every case (jobs, seeding, the border's departure hook). */
  everything: boolean;
  organisationId: string | null;
  userId: string | null;
  /** Holds `cases.read`. */
  read: boolean;
  /** Holds `cases.write`. */
  write: boolean;
  /** Holds `trafficking.cases`. */
  trafficking: boolean;
  clearances: string[];
}

/** The caller's access to cases. */
export function caseAccessPolicy(ctx: Ctx): CaseAccessPolicy {
  return {
    everything: ctx.actor.kind === 'system',
    organisationId: actorOrganisationId(ctx.actor),
    userId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    read: can(ctx, 'cases.read'),
    write: can(ctx, 'cases.write'),
    trafficking: can(ctx, 'trafficking.cases'),
    clearances: clearancesOf(ctx),
  };
}

/** Labels and type: a case whose labels the caller lacks, or a trafficking case without `trafficking.cases`, does not exist for them. */
export function caseLabelCondition(policy: CaseAccessPolicy): SQL {
  if (policy.everything) {
    return sql`true`;
  }
  const labels = sql`${cases.labels} <@ ${`{${policy.clearances.join(',')}}`}::text[]`;
  return policy.trafficking ? labels : sql`(${labels} and ${cases.type} <> 'trafficking')`;
}

/** The caller's organisation owns the case or is involved in it. */
export function fullAccessCondition(policy: CaseAccessPolicy): SQL {
  if (policy.everything) {
    return sql`true`;
  }
  if (!policy.organisationId) {
    return sql`false`;
  }
  return sql`(${cases.ownerOrganisationId} = ${policy.organisationId} or exists (select 1 from ${caseOrganisations} where ${caseOrganisations.caseId} = ${CASE_ID} and ${caseOrganisations.organisationId} = ${policy.organisationId}))`;
}

/** An accepted referral to the caller's organisation is in force. */
function activeReferralCondition(organisationId: string): SQL {
  return sql`exists (select 1 from ${caseReferrals} where ${caseReferrals.caseId} = ${CASE_ID} and ${caseReferrals.toOrganisationId} = ${organisationId} and ${caseReferrals.status} = 'accepted')`;
}

/** The one condition limiting any query on `cases` to what the caller may see. */
export function visibleCases(policy: CaseAccessPolicy): SQL {
  if (policy.everything) {
    return sql`true`;
  }
  if (!policy.read || !policy.organisationId) {
    return sql`false`;
  }
  return sql`(${caseLabelCondition(policy)} and (${fullAccessCondition(policy)} or ${activeReferralCondition(policy.organisationId)}))`;
}

/** The sections granted to the caller's organisation by accepted referrals of the case in the current row. */
export function grantedSectionsExpression(policy: CaseAccessPolicy): SQL<string[]> {
  if (!policy.organisationId) {
    return sql<string[]>`'{}'::text[]`;
  }
  return sql<
    string[]
  >`coalesce((select array_agg(distinct s) from ${caseReferrals}, unnest(${caseReferrals.sections}) as s where ${caseReferrals.caseId} = ${CASE_ID} and ${caseReferrals.toOrganisationId} = ${policy.organisationId} and ${caseReferrals.status} = 'accepted'), '{}'::text[])`;
}

export interface CaseAccess {
  level: 'full' | 'referral';
  sections: CaseSection[];
}

/** What the caller sees of one visible case, from the row's `full` flag and granted sections. */
export function accessOf(row: { full: boolean; granted: string[] | null }): CaseAccess {
  if (row.full) {
    return { level: 'full', sections: [...CASE_SECTIONS] };
  }
  const granted = new Set<string>(['summary', ...(row.granted ?? [])]);
  return { level: 'referral', sections: CASE_SECTIONS.filter((s) => granted.has(s)) };
}

/** True when `access` includes `section`. */
export function sees(access: CaseAccess, section: CaseSection): boolean {
  return access.sections.includes(section);
}
