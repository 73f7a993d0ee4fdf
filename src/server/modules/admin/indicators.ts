/**
 * Administration figures for national indicators and dashboards: organisations with active access to
 * the system (active users, API keys valid at a moment). A non-national caller counts their own
 * organisation only. Counts of accounts, not of people the system is about.
 */
import { and, asc, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import { hasNationalScope, requirePermission } from '../../platform/access/policy';
import { apiKeys, organisations, users } from '../../platform/auth/tables';
import { actorOrganisationId, type Ctx } from '../../platform/context';

/**
 * `organisations.id` spelt out: in the select list of a one-table query Drizzle leaves columns
 * unqualified, and inside the subqueries an unqualified "id" would be the user's or the key's.
 */
const ORGANISATION_ID = sql.raw('"organisations"."id"');

/** The moment access is counted at, optionally one organisation. */
export interface AccessIndicatorFilter {
  at: Date;
  organisationId?: string;
}

/** Active organisations with at least one active user created before `at` or an API key valid at `at`, by name. */
export async function organisationsWithAccess(ctx: Ctx, filter: AccessIndicatorFilter) {
  requirePermission(ctx, 'reports.read');
  const own = hasNationalScope(ctx) ? undefined : eq(organisations.id, actorOrganisationId(ctx.actor) ?? '00000000-0000-0000-0000-000000000000');
  const activeUsers = countOf(
    sql`select count(*) from ${users} where ${users.organisationId} = ${ORGANISATION_ID} and ${users.status} = 'active' and ${users.createdAt} < ${filter.at.toISOString()}::timestamptz`,
  );
  const validKeys = countOf(
    sql`select count(*) from ${apiKeys} where ${and(
      sql`${apiKeys.organisationId} = ${ORGANISATION_ID}`,
      lt(apiKeys.createdAt, filter.at),
      gt(apiKeys.expiresAt, filter.at),
      or(isNull(apiKeys.revokedAt), gt(apiKeys.revokedAt, filter.at)),
    )}`,
  );
  const rows = await ctx.db
    .select({ organisationId: organisations.id, name: organisations.name, type: organisations.type, users: activeUsers, apiKeys: validKeys })
    .from(organisations)
    .where(and(eq(organisations.active, true), own, filter.organisationId ? eq(organisations.id, filter.organisationId) : undefined))
    .orderBy(asc(organisations.name));
  return rows.filter((r) => r.users > 0 || r.apiKeys > 0);
}

/** A correlated count as an integer column. */
function countOf(subquery: ReturnType<typeof sql>) {
  return sql<number>`(${subquery})::int`.mapWith(Number);
}
